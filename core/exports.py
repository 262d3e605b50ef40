"""CSV exports that no spreadsheet reads as a formula.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run
as a formula by Excel, LibreOffice and Google Sheets when a CSV file is opened: a trainee
named ``=HYPERLINK("http://evil.example","x")`` would become a link in staff's spreadsheet.
Such text gets a leading single quote (OWASP's "CSV injection" rule). Numbers, dates and
empty cells are left alone: a negative score stays a number. XLSX needs nothing: Wagtail
writes every XLSX cell as text, never as a formula.
"""

import csv

from wagtail.admin.views.mixins import Echo

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """Text a spreadsheet would run as a formula, made plain text; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormulaSafeCSVMixin:
    """For every view with Wagtail's spreadsheet export (``SpreadsheetExportMixin``): put it
    before that mixin, and no CSV cell, heading or value, starts a formula."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralised(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def stream_csv(self, queryset):
        # Wagtail writes the heading row straight to the writer, not through write_csv_row;
        # a heading can hold an editor's text (an assessment's title).
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow(
            {field: neutralised(self.get_heading(queryset, field)) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))
