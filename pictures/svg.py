"""Checks that a file is an SVG picture that is safe to serve from our own domain.

No Django imports, so these checks are quick to test.
"""

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# Elements that can run code or pull in HTML when a browser opens the SVG file directly.
_UNSAFE_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object"}


def _local_name(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _unsafe_part(element: Element) -> str | None:
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        tag = _local_name(node.tag)
        if tag in _UNSAFE_ELEMENTS:
            return f"<{tag}>"
        for attribute, value in node.attrib.items():
            name = _local_name(attribute)
            if name.startswith("on"):
                return f"the {name} attribute"
            if name == "href" and value.strip().lower().startswith(("javascript:", "data:text")):
                return "a script link"
    return None


def svg_problem(data: bytes) -> str | None:
    """Say why ``data`` cannot be loaded as a picture, or return None when it can.

    Uploaded SVGs are served from our own domain, so one with a script in it could act as the
    signed-in person. Symbol sets never need scripts, so we refuse them rather than clean them.
    """
    if not data.strip():
        return "the file is empty"
    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException):
        return "it is not a valid SVG file"
    if root.tag != f"{{{SVG_NAMESPACE}}}svg":
        return "it is not an SVG picture"
    unsafe = _unsafe_part(root)
    if unsafe:
        return f"it contains {unsafe}, which could run code"
    return None
