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


@register_hook("span_line_breaks")
def span_line_breaks(result: Any, doc: Any, metadata: Any) -> None:
    """Some CMSs (The Times of India) write the breaks between paragraphs as empty `<span class="… br …">`
    elements instead of `<br>`, so the whole story reads as one paragraph. Turn those spans into `<br>` in the
    body roots of `doc` (already pruned by `remove` and the clutter rules) and read the paragraphs again; the
    layout's `drop` and `notes_after` rules are applied to the new lines as they were to the old ones."""
    from .._html import to_blocks
    from ._apply import _dropped, _line_key, _outermost

    layout = result.layout
    roots: list[Any] = []
    for sel in layout.body:
        found = [el for el in sel.select(doc) if el.getparent() is not None or el is doc]
        if found:
            roots = _outermost(found) if layout.body_mode == "all" else found[:1]
            break
    breaks = [el for root in roots for el in root.iter("span")
              if "br" in (el.get("class") or "").split() and not "".join(el.itertext()).strip()]
    if not breaks:
        return
    for el in breaks:
        for child in list(el):
            el.remove(child)
        el.text = None
        el.tag = "br"
        el.attrib.clear()
    paragraphs = [b.render() for root in roots for b in to_blocks(root)]
    paragraphs = [p for p in paragraphs if not _dropped(p, layout)]
    if layout.notes_after is not None:
        for i, p in enumerate(paragraphs):
            if layout.notes_after.fullmatch(_line_key(p).strip()):
                result.notes = paragraphs[i + 1:]
                paragraphs = paragraphs[:i]
                break
    result.paragraphs = paragraphs
