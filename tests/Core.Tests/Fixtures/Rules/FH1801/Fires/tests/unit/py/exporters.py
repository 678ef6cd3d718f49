class Exporter:
    def export(self, rows):
        return list(rows)


class CsvExporter(Exporter):  # plant: FH1801
    def export(self, rows):
        return [",".join(r) for r in rows]
