from accessibility.sanitise import clean_html


def test_scripts_styles_and_event_handlers_are_removed():
    html = clean_html(
        '<p onclick="steal()">Hello<script>alert(1)</script></p><style>p{}</style>'
        '<img src=x onerror="steal()">'
    )
    assert "script" not in html and "onclick" not in html and "onerror" not in html
    assert "<img" not in html and "<style" not in html
    assert html.startswith("<p>Hello")


def test_javascript_links_are_dropped_but_safe_links_kept():
    html = clean_html('<a href="javascript:steal()">Bad</a> <a href="https://example.org">Good</a>')
    assert "javascript:" not in html
    assert '<a href="https://example.org">Good</a>' in html


def test_simple_structure_is_kept():
    html = "<h3>More</h3><ul><li><strong>One</strong></li></ul>"
    assert clean_html(html) == html
