"""How open data files are written: the BOM, the dictionary beside each CSV,
and no value without its column (so no column without its dictionary entry)."""

from __future__ import annotations

import csv
import io

import pytest

from open_data.datasets import Column, write_table

pytestmark = pytest.mark.unit

COLUMNS = [Column("concepto", "texto", "Concepto."), Column("monto", "decimal", "Monto.", "MXN")]


def test_a_table_is_written_with_its_dictionary_and_a_bom(tmp_path):
    files = write_table(str(tmp_path), "datos/x", COLUMNS, [["Radio", "7093103.00"]], {})
    assert [f.url for f in files] == ["datos/x.csv", "datos/x.json", "datos/x-diccionario.csv"]
    data = (tmp_path / "datos" / "x.csv").read_bytes()
    assert data == "\ufeffconcepto,monto\r\nRadio,7093103.00\r\n".encode()
    assert [f.size for f in files] == [(tmp_path / f.url).stat().st_size for f in files]
    text = (tmp_path / "datos" / "x-diccionario.csv").read_bytes().decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text))) == [
        ["columna", "tipo", "unidad", "descripcion"],
        ["concepto", "texto", "", "Concepto."],
        ["monto", "decimal", "MXN", "Monto."],
    ]
    assert files[2].is_dictionary and files[2].columns == tuple(COLUMNS)
    assert files[2].label == "Diccionario de datos (CSV)" and files[0].label == "CSV"


def test_a_value_without_its_column_is_refused(tmp_path):
    with pytest.raises(ValueError, match="3 valores para 2 columnas"):
        write_table(str(tmp_path), "datos/x", COLUMNS, [["Radio", "1.00", "extra"]], {})
    assert not (tmp_path / "datos" / "x.csv").exists()  # nothing half-written
