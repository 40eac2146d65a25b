"""Built-in profile hooks (see `crawler.profiles._hooks` for how hooks work)."""

from __future__ import annotations

from typing import Any

from ._hooks import register_hook


@register_hook("lead_bold_headings")
def lead_bold_headings(result: Any, doc: Any, metadata: Any) -> None:
    """Story-aggregator sections open with a bold headline sentence run into the first paragraph
    ("<p><strong>Headline</strong> Text …</p>"). Split that headline into its own line so each section keeps
    its heading. The bold text is read from the body paragraphs' markup in `doc`."""
    heads: list[str] = []
    for sel in result.layout.body:
        for root in sel.select(doc):
            for p in root.iter("p"):
                first = next((c for c in p if isinstance(c.tag, str)), None)
                if first is None or first.tag not in ("strong", "b") or (p.text or "").strip():
                    continue
                head = " ".join("".join(first.itertext()).split())
                if head:
                    heads.append(head)
            break
    if not heads:
        return
    out: list[str] = []
    for para in result.paragraphs:
        for head in heads:
            if para.startswith(head + " ") and len(para) > len(head) + 1:
                out.append(head)
                para = para[len(head):].strip()
                break
        out.append(para)
    result.paragraphs = out
