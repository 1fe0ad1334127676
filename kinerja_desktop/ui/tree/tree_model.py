"""The indicator tree as a Qt item model (goal → objective → program → activity → sub-activity,
each with its indicators) and the filter proxy in front of it.

The model only presents a `TreeData` built elsewhere (tree_data.load_tree, one query pass and
the one evaluation). A refresh that keeps the same shape swaps the figures in place (views keep
their expansion and selection); a different shape resets the model and the page restores
expansion and selection by row keys.

A large plan is first shown as a skeleton (tree_data.load_skeleton): programs are pending, and
Qt's incremental population (canFetchMore / fetchMore) reads a program's branch when the view
opens it, through `branch_loader`, until the whole tree replaces the skeleton.

The proxy filters by a precomputed set of row uids (tree_data.visible_uids): a set lookup per
row instead of Qt's recursive filtering, which calls back into Python for every row. Sorting is
done by the model itself (one Python sort of each list of siblings, then layoutChanged); the
proxy forwards sort() to it.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree import tree_sort

KEY_ROLE = Qt.UserRole + 1        # ("indicator", id) / ("program", id) ...
BAND_ROLE = Qt.UserRole + 2       # (RatingBand | None, status label) for the chip delegate
RESULT_ROLE = Qt.UserRole + 3     # IndicatorResult of an indicator row
STALE_ROLE = Qt.UserRole + 4      # True while the figures shown are being recalculated

NODE_ICONS = {
    "goal": "mdi6.flag-variant", "objective": "mdi6.bullseye-arrow", "program": "mdi6.folder-outline",
    "activity": "mdi6.folder-open-outline", "sub_activity": "mdi6.file-document-outline",
    "indicator": "mdi6.chart-line-variant",
}
BOLD_KINDS = ("goal", "objective", "program")
NODE_TINTS = {"goal": "#E8EEF6", "objective": "#F0F4F9"}
ROW_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable   # built once: flags() is called per visible cell
NO_FLAGS = Qt.NoItemFlags


class IndicatorTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._tree: td.TreeData | None = None
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)
        self._figures_version = 0
        # (TreeData, TreeRow) -> the rows under a pending program (tree_data.load_branch)
        self.branch_loader = None
        self._sorted_as: tuple | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._muted = QBrush(QColor(theme.MUTED_TEXT))
        self._stale_brush = QBrush(QColor("#A0A7B0"))
        self._stale = False     # figures of the previous period/data while new ones are calculated
        self._tints = {kind: QBrush(QColor(colour)) for kind, colour in NODE_TINTS.items()}
        self._headers = [
            self.tr("Code"), self.tr("Indicator / description"), self.tr("Unit"), self.tr("Target"),
            self.tr("Q I"), self.tr("Q II"), self.tr("Q III"), self.tr("Q IV"), self.tr("Realisation"),
            self.tr("Achievement %"), self.tr("Rating"),
        ]

    # --- data in -------------------------------------------------------------------------
    @property
    def tree(self) -> td.TreeData | None:
        return self._tree

    def same_shape(self, tree: td.TreeData) -> bool:
        """Same rows in the same places, and both whole or both skeletons (a plan with nothing
        under its programs has a skeleton shaped like its whole tree)."""
        return (self._tree is not None and self._tree.partial == tree.partial
                and self._tree.structure() == tree.structure())

    def set_tree(self, tree: td.TreeData) -> bool:
        """Show `tree`; returns True when the shape was unchanged (figures updated in place).

        Figures-only: every row's figures change, announced as ONE dataChanged over the top-level
        rows and all columns (views repaint their whole viewport for a range; a signal per parent
        would cost a second on 25 000 parents). Listeners treat it as "all figures changed".
        """
        self._figures_version += 1
        self._stale = False
        if self.same_shape(tree):
            for old, new in zip(self._tree.rows, tree.rows):
                old.result = new.result
            self._tree.year, self._tree.quarter = tree.year, tree.quarter
            if self._tree.roots:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._tree.roots) - 1, td.COLUMN_COUNT - 1))
            return True
        if self._sort[0] >= 0:  # a new tree comes in code order: keep the person's sort
            tree_sort.sort_siblings(tree, self._sort[0], self._sort[1] == Qt.AscendingOrder)
            self._sorted_as = (*self._sort, self._figures_version)
        self.beginResetModel()
        self._tree = tree
        self.endResetModel()
        return False

    @property
    def stale(self) -> bool:
        return self._stale

    def set_stale(self, stale: bool) -> None:
        """Grey the figures while new ones are calculated (a period change takes about a second on
        a large plan); a new tree clears it."""
        if stale != self._stale and self._tree is not None:
            self._stale = stale
            if self._tree.roots:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._tree.roots) - 1, td.COLUMN_COUNT - 1),
                                      [Qt.ForegroundRole, STALE_ROLE])
        self._stale = stale

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sort every list of siblings here, in Python, in one pass (a sorting proxy would call
        back into Python hundreds of thousands of times on a large tree)."""
        tree = self._tree
        if tree is None or (column, order, self._figures_version) == self._sorted_as:
            self._sort = (column, order)
            return  # already in this order (the header and the view both ask)
        self._sort = (column, order)
        self._sorted_as = (column, order, self._figures_version)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [tree.rows[index.internalId()] for index in before]
        tree_sort.sort_siblings(tree, column, order == Qt.AscendingOrder)
        after = [self.createIndex(row.row, index.column(), row.uid) for index, row in zip(before, rows)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def row_of(self, index: QModelIndex) -> td.TreeRow | None:
        if not index.isValid() or self._tree is None:
            return None
        return self._tree.rows[index.internalId()]

    def index_of_key(self, key: tuple[str, int], column: int = 0) -> QModelIndex:
        row = self._tree.by_key.get(tuple(key)) if self._tree else None
        return QModelIndex() if row is None else self.createIndex(row.row, column, row.uid)

    # --- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # Bounds checked here rather than with hasIndex(), which calls back into rowCount() and
        # columnCount(): the proxy asks for hundreds of thousands of indexes when it sorts.
        tree = self._tree
        if tree is None or row < 0 or not 0 <= column < td.COLUMN_COUNT:
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            siblings = tree.rows[parent.internalId()].children
        else:
            siblings = tree.roots
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].uid)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt API
        if not index.isValid() or self._tree is None:
            return QModelIndex()
        parent = self._tree.rows[index.internalId()].parent
        return QModelIndex() if parent is None else self.createIndex(parent.row, 0, parent.uid)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if self._tree is None:
            return 0
        if not parent.isValid():
            return len(self._tree.roots)
        if parent.column() != 0:
            return 0
        return len(self._tree.rows[parent.internalId()].children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return td.COLUMN_COUNT

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if self._tree is None:
            return False
        if not parent.isValid():
            return bool(self._tree.roots)
        if parent.column() != 0:
            return False
        row = self._tree.rows[parent.internalId()]
        return row.pending or bool(row.children)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        row = self.row_of(parent)
        return row is not None and row.pending and parent.column() == 0 and self.branch_loader is not None

    def fetchMore(self, parent: QModelIndex) -> None:
        """Read a pending program's branch (the view asks when the program is opened)."""
        if not self.canFetchMore(parent):
            return
        row = self.row_of(parent)
        children = self.branch_loader(self._tree, row)
        if children is None:  # could not be read (the loader has said why, once): shown empty
            row.pending = False   # until the whole tree replaces the skeleton, never read again per layout
            return
        if self._sort[0] >= 0:
            tree_sort.sort_branch(children, self._sort[0], self._sort[1] == Qt.AscendingOrder)
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
        row.children, row.pending = children, False
        if children:
            self.endInsertRows()

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        return ROW_FLAGS if index.isValid() else NO_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < td.COLUMN_COUNT:
            if role == Qt.DisplayRole:
                return self._headers[section]
            if role == Qt.TextAlignmentRole:
                return int(theme.align_right() if section in td.NUMERIC_COLUMNS else Qt.AlignLeft | Qt.AlignVCenter)
        return None

    # --- cells ---------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        row = self.row_of(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            return td.display_of(row, column)
        if role == Qt.TextAlignmentRole:
            return int(theme.align_right() if column in td.NUMERIC_COLUMNS else Qt.AlignLeft | Qt.AlignVCenter)
        if role == KEY_ROLE:
            return row.key
        if role == BAND_ROLE and column == td.COL_RATING and row.result is not None:
            return (row.result.evaluation.rating, td.status_label(row.result))
        if role == RESULT_ROLE:
            return row.result
        if role == STALE_ROLE:
            return self._stale
        if role == Qt.DecorationRole and column == td.COL_CODE:
            return theme.icon(NODE_ICONS[row.kind], theme.ACCENT if row.is_indicator else "#5F6B7A")
        if role == Qt.FontRole and row.kind in BOLD_KINDS:
            return self._bold
        if role == Qt.BackgroundRole and row.kind in self._tints:
            return self._tints[row.kind]
        if role == Qt.ForegroundRole and row.result is not None:
            if self._stale and column in td.FIGURE_COLUMNS:
                return self._stale_brush
            if not row.result.evaluation.reported:
                return self._muted if column in td.NUMERIC_COLUMNS else None
        if role == Qt.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: td.TreeRow, column: int) -> str:
        if not row.is_indicator:
            return f"{domain_text(td.NODE_LABELS[row.kind])} {row.code}\n{row.name}"
        ev = row.result.evaluation
        bad = td.out_of_range_tip(row, column)
        if bad:
            return bad
        if column == td.COL_UNIT:   # a long unit is cut in its narrow column
            return row.result.indicator.unit
        if column == td.COL_CODE:
            return f"{row.code} · {row.name}"
        if column == td.COL_ACHIEVEMENT and ev.reported:
            dec = row.result.indicator.decimals
            return self.tr("Realisation %1 compared with target %2").replace(
                "%1", td.format_id(ev.realisation, dec)).replace("%2", td.format_id(ev.target, dec))
        return row.name


class TreeFilterProxy(QSortFilterProxyModel):
    """Filters by a precomputed set of visible uids and sorts by tree_sort.sort_key."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._visible: set[int] | None = None
        self.setDynamicSortFilter(False)

    @property
    def visible(self) -> set[int] | None:
        return self._visible

    def set_visible(self, visible: set[int] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._visible = visible
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._visible = visible
            self.invalidateFilter()

    @property
    def filtering(self) -> bool:
        return self._visible is not None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._visible is None:
            return True
        model: IndicatorTreeModel = self.sourceModel()
        tree = model.tree
        siblings = tree.roots if not source_parent.isValid() else tree.rows[source_parent.internalId()].children
        return siblings[source_row].uid in self._visible

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sorting is done by the source model (IndicatorTreeModel.sort); the proxy only filters."""
        self.sourceModel().sort(column, order)
