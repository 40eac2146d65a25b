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
    from ._apply import _outermost, body_and_notes

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
    paragraphs, notes = body_and_notes([b.render() for root in roots for b in to_blocks(root)], layout)
    if notes:
        result.notes = notes
    result.paragraphs = paragraphs


def _find_with_key(obj: Any, key: str, depth: int = 0) -> dict[str, Any] | None:
    """The first dict (depth-first) in decoded JSON that has `key`."""
    if depth > 40:
        return None
    if isinstance(obj, dict):
        if key in obj:
            return obj
        children = list(obj.values())
    elif isinstance(obj, list):
        children = obj
    else:
        return None
    for child in children:
        found = _find_with_key(child, key, depth + 1)
        if found is not None:
            return found
    return None


@register_hook("hankookilbo_article_data")
def hankookilbo_article_data(result: Any, doc: Any, metadata: Any) -> None:
    """Hankook Ilbo's Next.js article pages can arrive with the story only in the React Query state that a
    script pushes (`window["__RQ_…"].push({… "detail": {"subTitle": …, "contentHtml": …}})`), not in the markup.
    The layout's body selector points at that script; this hook reads its `detail` object: the dek lines
    (`subTitle`, split at <br>) and the story HTML (`contentHtml`, without its `$$ARTICLEAD$$` placeholders,
    cleaned by the layout's `remove` rules) become the paragraphs, and the deploy time, update time, headline and
    bylines fill the fields the page's meta tags lack. When no data is found the body is left empty rather than
    holding the script's JSON."""
    import json
    import re

    import lxml.etree
    import lxml.html

    from .._html import to_blocks
    from ._apply import _dropped

    detail: dict[str, Any] | None = None
    for script in doc.iter("script"):
        text = script.text or ""
        if '"contentHtml"' not in text:
            continue
        at = text.find(".push(")
        start = text.find("{", at if at >= 0 else 0)
        if start < 0:
            continue
        try:
            data, _ = json.JSONDecoder().raw_decode(text[start:])
        except ValueError:
            continue
        detail = _find_with_key(data, "contentHtml")
        if detail is not None:
            break
    result.paragraphs = []
    if detail is None:
        return

    def fragment(html: str) -> Any:
        try:
            return lxml.html.fragment_fromstring(html, create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            return None

    layout = result.layout
    paragraphs: list[str] = []
    sub = detail.get("subTitle")
    if isinstance(sub, str) and sub.strip():
        root = fragment(f"<h2>{sub}</h2>")
        if root is not None:
            paragraphs += [b.render() for b in to_blocks(root)]
    content = detail.get("contentHtml")
    if isinstance(content, str) and content.strip():
        root = fragment(re.sub(r"\$\$[A-Za-z0-9_]+\$\$", "", content))
        if root is not None:
            for sel in layout.remove:
                for el in sel.select(root):
                    if el is not root and el.getparent() is not None:
                        el.getparent().remove(el)
            paragraphs += [b.render() for b in to_blocks(root)]
    result.paragraphs = [p for p in paragraphs if not _dropped(p, layout)]

    if not result.title and isinstance(detail.get("title"), str):
        result.title = detail["title"]
    if not result.published and isinstance(detail.get("deployDt"), str):
        result.published = detail["deployDt"]
    if not result.updated and isinstance(detail.get("reDeployDt"), str):
        result.updated = detail["reDeployDt"]
    if not result.authors:
        for line in detail.get("byLines") or []:
            if isinstance(line, dict):
                name = line.get("manualWriterName") or line.get("writerName")
                if isinstance(name, str) and name.strip():
                    result.authors.append(name.strip())


@register_hook("soft_line_breaks")
def soft_line_breaks(result: Any, doc: Any, metadata: Any) -> None:
    """A lone `<br>` inside a `<p>` (WordPress's Shift+Enter: "… and only said:<br>“Quote.”") is a line break
    within one paragraph, not a paragraph break: read the body again with such breaks as spaces. A `<br>`
    next to another `<br>`, or at either end of the paragraph, still breaks. The layout's `drop` and
    `notes_after` rules are applied to the new lines as they were to the old ones."""
    from .._html import to_blocks
    from ._apply import _outermost, body_and_notes

    layout = result.layout
    roots: list[Any] = []
    for sel in layout.body:
        found = [el for el in sel.select(doc) if el.getparent() is not None or el is doc]
        if found:
            roots = _outermost(found) if layout.body_mode == "all" else found[:1]
            break

    def lone(br: Any) -> bool:
        prev, nxt = br.getprevious(), br.getnext()
        before = (prev.tail if prev is not None else br.getparent().text) or ""
        after = br.tail or ""
        if not after.strip() and (nxt is None or nxt.tag == "br"):
            return False
        if not before.strip() and (prev is None or prev.tag == "br"):
            return False
        return True

    soft = [br for root in roots for p in root.iter("p") for br in p.iter("br") if br.getparent() is p and lone(br)]
    if not soft:
        return
    for br in soft:
        parent, prev = br.getparent(), br.getprevious()
        tail = " " + (br.tail or "")
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(br)
    paragraphs, notes = body_and_notes([b.render() for root in roots for b in to_blocks(root)], layout)
    if notes:
        result.notes = notes
    result.paragraphs = paragraphs
