"""Web dashboard and REST API over the store (``communique serve``)."""
