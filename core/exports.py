"""CSV exports that no spreadsheet reads as a formula.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run
as a formula by Excel, LibreOffice and Google Sheets when a CSV file is opened: a trainee
named ``=HYPERLINK("http://evil.example","x")`` would become a link in staff's spreadsheet.
Such text gets a leading single quote (OWASP's "CSV injection" rule). Numbers, dates and
empty cells are left alone: a negative score stays a number. XLSX keeps the text as typed,
with every cell, headings included, stored as text and never as a formula.
"""

import codecs
import csv
import datetime

from wagtail.admin.views.mixins import Echo

from core.display import local_time

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """Text a spreadsheet would run as a formula, made plain text; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormulaSafeCSVMixin:
    """For every view with Wagtail's spreadsheet export (``SpreadsheetExportMixin``): put it
    before that mixin, and no cell of a CSV or XLSX export, heading or value, is a formula.
    Its CSV files say they are UTF-8 and start with the byte order mark, for Excel."""

    def write_xlsx(self, queryset, output):
        # Wagtail keeps data cells as text but appends the headings as plain strings, which
        # openpyxl stores as formulas when they start with "=" (a heading can be a title).
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from wagtail.admin.views.mixins import ExcelDateFormatter

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title="Sheet1")
        headings = []
        for field in self.list_export:
            cell = WriteOnlyCell(worksheet, self.get_heading(queryset, field))
            cell.data_type = "s"
            headings.append(cell)
        worksheet.append(headings)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            worksheet.append(
                self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
            )
        workbook.save(output)

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralised(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def stream_csv(self, queryset):
        # Excel reads a CSV file without the byte order mark in the computer's legacy code
        # page: Kazakh and Russian would arrive as garbage.
        yield codecs.BOM_UTF8
        # Wagtail writes the heading row straight to the writer, not through write_csv_row;
        # a heading can hold an editor's text (an assessment's title).
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow(
            {field: neutralised(self.get_heading(queryset, field)) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))


class ReadableExportMixin:
    """For every view with Wagtail's spreadsheet export: cells as the listing shows them.

    A field with choices gives its label in the viewer's language (not the stored code), and
    a date-time is in the site's time zone (settings.TIME_ZONE): to the minute in a CSV file,
    a date-time cell in XLSX. Wagtail writes the stored code and UTC."""

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            display = getattr(item, f"get_{field}_display", None)
            if callable(display):
                row[field] = str(display())
        return row

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime) and field not in self.custom_field_preprocess:
            value = local_time(value)
            if export_format == self.FORMAT_CSV:
                return value.strftime("%Y-%m-%d %H:%M")
        return super().preprocess_field_value(field, value, export_format)
