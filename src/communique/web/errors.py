"""One error shape for every API failure: ``{"error": {"code": ..., "message": ...}}``."""
from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A request the API refuses, with its HTTP status, a stable code and a one-line message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message.splitlines()[0] if message else code


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def bad_request(message: str, code: str = "bad-request") -> ApiError:
    return ApiError(400, code, message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not-found", message)
