"""Easy-read content blocks for consultation and area pages (PRODUCT.md sections 4 and 6)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


class EasyReadPointBlock(blocks.StructBlock):
    """A picture on the left and 1 to 3 short sentences beside it."""

    picture = ImageBlock(
        help_text=_("Every point needs a picture. Mark it decorative if the words already say it.")
    )
    text = blocks.TextBlock(
        rows=3, help_text=_("1 to 3 short sentences. Put each sentence on its own line.")
    )

    def clean(self, value):
        value = super().clean(value)
        sentences = [s for s in SENTENCE_END.split(value["text"].strip()) if s.strip()]
        if len(sentences) > 3:
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("A point has %(count)s sentences. Use 3 or fewer, or make 2 points."),
                        params={"count": len(sentences)},
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        label = _("Easy-read point")
        template = "blocks/easy_read_point.html"


class HardWordBlock(blocks.StructBlock):
    word = blocks.CharBlock(max_length=60, help_text=_("The hard word, for example 'reablement'."))
    meaning = blocks.TextBlock(rows=2, help_text=_("What it means, in 1 or 2 short sentences."))
    picture = ImageBlock(required=False)

    class Meta:
        icon = "help"
        label = _("Hard word explained")
        template = "blocks/hard_word.html"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(help_text=_("An audio file: mp3, m4a, ogg or wav."))
    label = blocks.CharBlock(max_length=100, default="Listen to this page")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("audio")
        if document and document.file_extension.lower() not in {"mp3", "m4a", "ogg", "wav"}:
            raise StructBlockValidationError(
                block_errors={"audio": ValidationError(_("Choose an mp3, m4a, ogg or wav file."))}
            )
        return value

    class Meta:
        icon = "media"
        label = _("Audio clip")
        template = "blocks/audio.html"


class MoreDetailBlock(blocks.StructBlock):
    """Standard English for professionals, folded away so the main text stays easy read."""

    summary = blocks.CharBlock(max_length=100, default="More detail")
    body = blocks.RichTextBlock(features=["bold", "link", "ol", "ul", "h3"])

    class Meta:
        icon = "doc-full"
        label = _("More detail (standard English)")
        template = "blocks/more_detail.html"


class EasyReadStreamBlock(blocks.StreamBlock):
    point = EasyReadPointBlock()
    heading = HeadingBlock()
    hard_word = HardWordBlock()
    audio = AudioBlock()
    more_detail = MoreDetailBlock()
