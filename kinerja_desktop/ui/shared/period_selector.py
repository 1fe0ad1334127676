"""Year and quarter combo boxes, always visible in the toolbar, and the plan period beside them
when the chosen year belongs to two periods (issue 13). A choice calls `context.set_period`; a
period changed elsewhere is reflected without echoing back."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.ui.i18n import domain_text


class PeriodSelector(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year"))
        self._fill_years()
        self.plan_label = QLabel(self.tr("Plan period"))
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("Plan period"))
        self.quarter_combo = QComboBox()
        self.quarter_combo.setAccessibleName(self.tr("Quarter"))
        for quarter, label in QUARTER_LABELS.items():
            self.quarter_combo.addItem(domain_text(label), quarter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("Year")))
        layout.addWidget(self.year_combo)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Quarter")))
        layout.addWidget(self.quarter_combo)
        layout.addSpacing(6)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plan_combo)
        self._show(context.year, context.quarter)
        self.year_combo.currentIndexChanged.connect(self._chosen)
        self.quarter_combo.currentIndexChanged.connect(self._chosen)
        self.plan_combo.currentIndexChanged.connect(self._chosen)
        context.period_changed.connect(self._show)
        context.plans_changed.connect(self._plans_changed)

    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted({y for plan in (self.context.plans or [self.context.plan]) for y in plan.years}):
            self.year_combo.addItem(str(year), year)
        self.year_combo.blockSignals(False)

    def _plans_changed(self) -> None:
        """A period was made: its years join the list, and a year it shares shows the choice."""
        self._fill_years()
        self._show(self.context.year, self.context.quarter)

    def _show(self, year: int, quarter: int) -> None:
        for combo, value in ((self.year_combo, year), (self.quarter_combo, quarter)):
            index = combo.findData(value)
            if index < 0 and combo is self.year_combo:  # a year outside the plan: show it anyway
                combo.blockSignals(True)
                combo.addItem(str(value), value)
                combo.blockSignals(False)
                index = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._show_plans(year)

    def _show_plans(self, year: int) -> None:
        """The period choice, shown only when the year belongs to two periods."""
        plans = self.context.plans_of_year(year)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            self.plan_combo.addItem(plan.label, plan.id)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(self.context.plan_id)))
        self.plan_combo.blockSignals(False)
        self.plan_label.setVisible(len(plans) > 1)
        self.plan_combo.setVisible(len(plans) > 1)

    def _chosen(self) -> None:
        year = self.year_combo.currentData()
        chosen = self.plan_combo.currentData() if self.sender() is self.plan_combo else None
        self.context.set_period(year, self.quarter_combo.currentData(), chosen)
        self._show_plans(self.context.year)
