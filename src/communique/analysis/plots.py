"""Timelines drawn to a file: PNG with matplotlib, interactive HTML with plotly (its
JavaScript inlined, so the file works offline)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from communique.analysis.dyads import DyadPoint

QUADS = (
    ("verbal_cooperation", "verbal cooperation", "#4c9f70"),
    ("material_cooperation", "material cooperation", "#1b5e20"),
    ("verbal_conflict", "verbal conflict", "#e5893b"),
    ("material_conflict", "material conflict", "#b71c1c"),
)


def _check(path: Path) -> str:
    kind = path.suffix.lower()
    if kind not in (".png", ".html"):
        raise ValueError(f"cannot draw to {path.name}: use a .png or .html file")
    return kind


def plot_dyad(points: Sequence[DyadPoint], title: str, path: str | Path) -> Path:
    path = Path(path)
    kind = _check(path)
    periods = [p.period for p in points]
    if kind == ".html":
        from plotly.subplots import make_subplots

        fig = make_subplots(specs=[[{"secondary_y": True}]])
        for attr, label, colour in QUADS:
            fig.add_bar(x=periods, y=[getattr(p, attr) for p in points], name=label, marker_color=colour)
        fig.add_scatter(x=periods, y=[p.goldstein_sum for p in points], name="Goldstein sum",
                        mode="lines+markers", secondary_y=True, line={"color": "#222"})
        fig.update_layout(barmode="stack", title=title, xaxis={"type": "category"})
        fig.write_html(str(path), include_plotlyjs=True, full_html=True)
        return path
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4.5))
    bottom = [0] * len(points)
    for attr, label, colour in QUADS:
        values = [getattr(p, attr) for p in points]
        ax.bar(periods, values, bottom=bottom, label=label, color=colour)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("events")
    line = ax.twinx()
    line.plot(periods, [p.goldstein_sum for p in points], color="#222", marker="o", label="Goldstein sum")
    line.set_ylabel("Goldstein sum")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plot_issue(rows: Sequence[dict], title: str, path: str | Path) -> Path:
    path = Path(path)
    kind = _check(path)
    periods = [r["period"] for r in rows]
    series = [("articles", "#1f77b4"), ("quotes", "#9467bd"), ("events", "#e5893b")]
    if kind == ".html":
        import plotly.graph_objects as go

        fig = go.Figure()
        for key, colour in series:
            fig.add_scatter(x=periods, y=[r[key] for r in rows], name=key, mode="lines+markers", line={"color": colour})
        fig.update_layout(title=title, xaxis={"type": "category"})
        fig.write_html(str(path), include_plotlyjs=True, full_html=True)
        return path
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4))
    for key, colour in series:
        ax.plot(periods, [r[key] for r in rows], marker="o", label=key, color=colour)
    ax.set_title(title)
    ax.legend(fontsize=8)
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
