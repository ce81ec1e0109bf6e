"""The workspace's dashboard and its charts, and the public annual report."""

from .annual import AnnualIndexView, AnnualReportPdfView, AnnualReportView
from .charts import ChartView
from .dashboard import DashboardView

__all__ = [
    "AnnualIndexView",
    "AnnualReportPdfView",
    "AnnualReportView",
    "ChartView",
    "DashboardView",
]
