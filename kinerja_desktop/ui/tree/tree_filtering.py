"""The tree page's filters, "expand all" and its memory of the view across reloads (a mixin of
TreePage: it uses the page's model, proxy, view, filter widgets, empty state and summary)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree.band_delegate import band_summary_html
from kinerja_desktop.ui.tree.tree_model import KEY_ROLE

AUTO_EXPAND_LIMIT = 1500   # expand every match only when there are few enough to read
EXPAND_ALL_LIMIT = 6000


class TreeFiltering:
    def apply_filter(self, auto_expand: bool = True) -> None:
        tree = self.model.tree
        if tree is None:
            return
        if tree.partial:  # needs every indicator: applied when the whole tree is in
            self._waiting_filter = self._filter_active()
            self._update_summary(tree, None)
            return
        text = self.search.text()
        visible = td.visible_uids(tree, text, self.agency_combo.currentData(), self.rating_combo.currentData())
        if visible != self.proxy.visible:  # re-filtering a large expanded tree is not free
            self.proxy.set_visible(visible)
        self._update_summary(tree, visible)
        if visible is not None and not visible:
            self._show_no_match(text)
            return
        if not tree.rows:
            self.empty.set_icon("mdi6.file-tree-outline")
            self.empty.set_message(self.tr("The plan has no indicators yet."),
                                   self.tr("An administrator adds goals, objectives and indicators in "
                                           "Data > Plan maintenance, or imports them from a package."))
            self.empty.button.hide()
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.view)
        if auto_expand and visible is not None and len(visible) <= AUTO_EXPAND_LIMIT:
            self.view.expandAll()

    def _show_no_match(self, text: str) -> None:
        parts = []
        if text.strip():
            parts.append(self.tr("No indicator matches '%1'.").replace("%1", text.strip()))
        else:
            parts.append(self.tr("No indicator matches the chosen OPD and rating."))
        self.empty.set_icon("mdi6.magnify-close")
        self.empty.set_message(parts[0], self.tr("Check the spelling, search by code (e.g. 1.02.02), or clear "
                                                 "the filters to see the whole tree."),
                               self.tr("Clear filters"), self.clear_filters)
        self.stack.setCurrentWidget(self.empty)

    def _filter_active(self) -> bool:
        return bool(self.search.text().strip()) or self.agency_combo.currentData() is not None \
            or self.rating_combo.currentData() is not None

    def _update_summary(self, tree: td.TreeData, visible: set[int] | None) -> None:
        if tree.partial:
            text = self.tr("Calculating the achievements of %1 indicators…").replace(
                "%1", td.format_id(Decimal(tree.indicator_count), 0))
            if self._waiting_filter:
                text += " " + self.tr("The filter is applied when they are ready.")
            self.summary.setText(text)
            return
        counts: dict[str, int] = {}
        for row in tree.rows:
            if row.is_indicator and (visible is None or row.uid in visible):
                label = td.status_label(row.result)
                counts[label] = counts.get(label, 0) + 1
        self.summary.setText(band_summary_html(counts, self.context.plan.bands))

    def clear_filters(self) -> None:
        for widget in (self.search, self.agency_combo, self.rating_combo):
            widget.blockSignals(True)
        self.search.clear()
        if self.agency_combo.isEnabled():
            self.agency_combo.setCurrentIndex(0)
        self.rating_combo.setCurrentIndex(0)
        for widget in (self.search, self.agency_combo, self.rating_combo):
            widget.blockSignals(False)
        self.apply_filter(auto_expand=False)

    def expand_all(self) -> None:
        """Every branch, or on a very large tree down to the programs (opening 60 000 rows would
        freeze the window for seconds and help nobody read)."""
        tree = self.model.tree
        if tree is not None and tree.partial:  # opening every program now would read them one by one
            self._waiting_expand = True
            self.message.emit(self.tr("The tree opens as soon as every indicator has been calculated."))
            return
        shown = len(self.proxy.visible) if self.proxy.visible is not None else len(tree.rows) if tree else 0
        if shown <= EXPAND_ALL_LIMIT:
            self.view.expandAll()
            return
        self.view.expandToDepth(2)
        self.message.emit(self.tr("The tree is large: opened down to the programs. Open a branch or filter "
                                  "to see its indicators."))

    def collapse_all(self) -> None:
        self.view.collapseAll()

    # --- keeping the view across reloads ---------------------------------------------------
    def _remember_view(self) -> tuple[list[tuple], tuple | None]:
        expanded = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(r, 0, parent)
                if self.view.isExpanded(index):
                    expanded.append(index.data(KEY_ROLE))
                    stack.append(index)
        current = self.view.currentIndex()
        return expanded, (current.data(KEY_ROLE) if current.isValid() else None)

    def _restore_view(self, expanded: list[tuple], current: tuple | None) -> None:
        for key in expanded:
            index = self.proxy.mapFromSource(self.model.index_of_key(key))
            if index.isValid():
                self.view.setExpanded(index, True)
        if current is not None:
            self.select_key(current)

    def select_key(self, key: tuple) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of_key(key))
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.view.setExpanded(parent, True)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.view.scrollTo(index)
        return True
