"""RowTableModel sorts itself (stable, case ignored, empty first), keeps its id index and key
cache right through upsert and remove, and FilterProxy filters by every typed word and a
predicate while leaving the order to the model: checked through the real classes."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from bounceback.ui.common.table_model import (
    ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    Column,
    ColumnKind,
    FilterProxy,
    RowTableModel,
)

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder
NAME, DATE, AMOUNT = 0, 1, 2


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    date: str  # an ISO date, or "" when unknown
    amount: int | None


COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Date", lambda r: r.date),
    Column("Amount", lambda r: "" if r.amount is None else str(r.amount),
           sort=lambda r: r.amount, kind=ColumnKind.NUMBER),
]


def make(rows: list[Item]) -> RowTableModel[Item]:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(rows)
    return model


def with_proxy(rows: list[Item]) -> tuple[RowTableModel[Item], FilterProxy]:
    model = make(rows)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def ids(model: RowTableModel[Item]) -> list[int]:
    return [r.id for r in model.rows()]


def shown(proxy: QSortFilterProxyModel) -> list[int]:
    """The ids as the proxy shows them, top to bottom."""
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def assert_index_right(model: RowTableModel[Item]) -> None:
    rows = model.rows()
    assert model.rowCount() == len(rows)
    for i, r in enumerate(rows):
        assert model.row_of_id(r.id) == i
        assert model.row_at(i) == r
        assert model.index(i, NAME).data(ROW_ROLE) == r
        assert model.index(i, NAME).data(ID_ROLE) == r.id
        assert model.index(i, NAME).data() == r.name
        assert model.haystack(i) == f"{r.name} {r.date} {COLUMNS[AMOUNT].display(r)}".casefold()


def fruit() -> list[Item]:
    return [
        Item(1, "beta", "2024-03-01", 10),
        Item(2, "Alpha", "2024-01-15", 9),
        Item(3, "alpha two", "", 100),
        Item(4, "Charlie", "2023-12-31", None),
    ]


# --- sorting ---------------------------------------------------------------------------


def test_text_column_sorts_without_regard_to_case_both_ways() -> None:
    model = make(fruit())
    assert ids(model) == [1, 2, 3, 4]  # unsorted: as given

    model.sort(NAME, ASC)
    # A plain str sort would put "Charlie" before "alpha two" and "beta".
    assert [r.name for r in model.rows()] == ["Alpha", "alpha two", "beta", "Charlie"]

    model.sort(NAME, DESC)
    assert [r.name for r in model.rows()] == ["Charlie", "beta", "alpha two", "Alpha"]
    assert_index_right(model)


def test_numeric_sort_key_sorts_by_number_not_by_text() -> None:
    model = make(fruit())
    model.sort(AMOUNT, ASC)
    # As text "10" < "100" < "9"; as numbers 9 < 10 < 100; None first.
    assert [r.amount for r in model.rows()] == [None, 9, 10, 100]
    assert model.index(1, AMOUNT).data(SORT_ROLE) == 9
    assert model.index(0, AMOUNT).data(SORT_ROLE) == ""  # None reads as empty

    model.sort(AMOUNT, DESC)
    assert [r.amount for r in model.rows()] == [100, 10, 9, None]
    assert_index_right(model)


def test_empty_values_come_first_ascending_and_last_descending() -> None:
    model = make(fruit())
    model.sort(DATE, ASC)
    assert [r.date for r in model.rows()] == ["", "2023-12-31", "2024-01-15", "2024-03-01"]
    model.sort(DATE, DESC)
    assert [r.date for r in model.rows()] == ["2024-03-01", "2024-01-15", "2023-12-31", ""]


def test_sort_is_stable_for_ties() -> None:
    rows = [
        Item(1, "same", "2024-01-03", 5),
        Item(2, "other", "2024-01-01", 5),
        Item(3, "SAME", "2024-01-02", 1),
        Item(4, "Same", "2024-01-04", 5),
    ]
    model = make(rows)
    model.sort(NAME, ASC)
    # "same", "SAME", "Same" tie without regard to case: they keep the order they had.
    assert ids(model) == [2, 1, 3, 4]

    # Sorted by date first, then by amount: ties on amount keep the date order.
    model.sort(DATE, ASC)
    assert ids(model) == [2, 3, 1, 4]
    model.sort(AMOUNT, ASC)
    assert ids(model) == [3, 2, 1, 4]
    model.sort(AMOUNT, DESC)
    assert ids(model) == [2, 1, 4, 3]
    assert_index_right(model)


def test_set_rows_keeps_the_current_sort() -> None:
    model = make(fruit())
    model.sort(NAME, DESC)
    model.set_rows([
        Item(7, "delta", "", 1),
        Item(8, "Echo", "", 2),
        Item(9, "bravo", "", 3),
    ])
    assert [r.name for r in model.rows()] == ["Echo", "delta", "bravo"]
    assert_index_right(model)

    # New values under the same ids: still sorted by the new values.
    model.set_rows([
        Item(7, "zulu", "", 1),
        Item(8, "Echo", "", 2),
        Item(9, "bravo", "", 3),
    ])
    assert [r.name for r in model.rows()] == ["zulu", "Echo", "bravo"]
    assert_index_right(model)


def test_sort_keeps_the_haystack_with_its_row() -> None:
    model, proxy = with_proxy(fruit())
    proxy.set_text("alpha")  # asks every row for its haystack, filling the cache
    assert sorted(shown(proxy)) == [2, 3]
    model.sort(AMOUNT, DESC)
    assert_index_right(model)  # each cached haystack moved with its row
    assert shown(proxy) == [3, 2]  # 100 before 9
    proxy.set_text("charlie")
    assert shown(proxy) == [4]


# --- a view over the proxy over the model ----------------------------------------------


@pytest.fixture
def view(qtbot) -> tuple[QTableView, FilterProxy, RowTableModel[Item]]:
    model, proxy = with_proxy(fruit())
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    return table, proxy, model


def selected_ids(table: QTableView) -> list[int]:
    return [i.data(ID_ROLE) for i in table.selectionModel().selectedRows()]


def select_id(table: QTableView, model: RowTableModel[Item], ident: int) -> None:
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    src = model.index(model.row_of_id(ident), 0)
    table.selectRow(proxy.mapFromSource(src).row())
    assert selected_ids(table) == [ident]


def test_header_sorting_sorts_the_model_not_the_proxy(view, qtbot) -> None:
    table, proxy, model = view
    header = table.horizontalHeader()

    table.sortByColumn(AMOUNT, ASC)
    assert proxy.sortColumn() == -1  # the proxy keeps the model's order
    assert [r.amount for r in model.rows()] == [None, 9, 10, 100]
    assert shown(proxy) == ids(model)

    table.sortByColumn(NAME, DESC)
    assert proxy.sortColumn() == -1
    assert [proxy.index(r, NAME).data() for r in range(proxy.rowCount())] == [
        "Charlie", "beta", "alpha two", "Alpha"]

    # A click on the Date header sorts by date, a second click the other way round.
    pos = QPoint(header.sectionViewportPosition(DATE) + header.sectionSize(DATE) // 2,
                 header.height() // 2)
    seen: list[list[str]] = []
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert header.sortIndicatorSection() == DATE
        dates = [proxy.index(r, DATE).data() for r in range(proxy.rowCount())]
        want = sorted(dates, reverse=header.sortIndicatorOrder() == DESC)
        assert dates == want
        assert proxy.sortColumn() == -1
        seen.append(dates)
    assert seen[0] == list(reversed(seen[1]))


def test_selection_follows_its_row_when_sorted_by_another_column(view) -> None:
    table, _proxy, model = view
    table.sortByColumn(NAME, ASC)
    select_id(table, model, 3)  # "alpha two", second by name
    assert table.selectionModel().selectedRows()[0].row() == 1

    table.sortByColumn(AMOUNT, DESC)  # 100 first
    assert selected_ids(table) == [3]
    assert table.selectionModel().selectedRows()[0].row() == 0
    assert table.currentIndex().data(ID_ROLE) == 3

    model.sort(DATE, ASC)  # "" first: still row 0, then move it by name descending
    model.sort(NAME, DESC)
    assert selected_ids(table) == [3]
    assert table.selectionModel().selectedRows()[0].row() == 2
    assert table.currentIndex().data(ID_ROLE) == 3


def test_set_rows_with_the_same_ids_keeps_the_selection(view) -> None:
    table, proxy, model = view
    table.sortByColumn(AMOUNT, ASC)
    select_id(table, model, 1)  # amount 10
    before = ids(model)

    # Values change, the order by amount does not.
    model.set_rows([replace(r, name=r.name.upper(), date="2025-01-01") for r in fruit()])
    assert ids(model) == before
    assert selected_ids(table) == [1]
    assert table.currentIndex().data(ID_ROLE) == 1
    assert proxy.index(table.currentIndex().row(), NAME).data() == "BETA"
    assert proxy.sortColumn() == -1


def test_set_rows_with_other_ids_resorts_and_drops_a_gone_selection(view) -> None:
    table, proxy, model = view
    table.sortByColumn(NAME, ASC)
    select_id(table, model, 2)
    model.set_rows([Item(5, "zed", "", 1), Item(6, "Yak", "", 2)])
    assert shown(proxy) == [6, 5]
    assert selected_ids(table) == []


# --- upsert and remove -----------------------------------------------------------------


@pytest.mark.parametrize("order", [ASC, DESC])
def test_upsert_of_a_new_row_lands_at_its_sorted_place(order: Qt.SortOrder) -> None:
    model = make(fruit())
    model.sort(NAME, order)
    model.upsert(Item(5, "Bravo", "", 7))  # between "beta" and "Charlie", case ignored
    model.upsert(Item(6, "aardvark", "", 8))  # before everything
    model.upsert(Item(7, "zulu", "", 9))  # after everything
    names = ["aardvark", "Alpha", "alpha two", "beta", "Bravo", "Charlie", "zulu"]
    if order == DESC:
        names.reverse()
    assert [r.name for r in model.rows()] == names
    assert_index_right(model)


@pytest.mark.parametrize("order", [ASC, DESC])
def test_upsert_by_number_with_none_and_ties(order: Qt.SortOrder) -> None:
    model = make(fruit())
    model.sort(AMOUNT, order)
    model.upsert(Item(5, "tie", "", 10))  # ties with id 1: goes after it
    model.upsert(Item(6, "none", "", None))  # ties with id 4 (None): goes after it
    model.upsert(Item(7, "fifty", "", 50))
    amounts = [None, None, 9, 10, 10, 50, 100]
    got = [r.amount for r in model.rows()]
    assert got == (amounts if order == ASC else list(reversed(amounts)))
    # Ties keep the earlier row first in either order.
    assert ids(model).index(1) < ids(model).index(5)
    assert ids(model).index(4) < ids(model).index(6)
    assert_index_right(model)


def test_upsert_without_a_sort_appends() -> None:
    model = make(fruit())
    model.upsert(Item(5, "aaa", "", 0))
    assert ids(model) == [1, 2, 3, 4, 5]
    assert_index_right(model)


@pytest.mark.parametrize("order", [ASC, DESC])
def test_upsert_of_an_existing_id_replaces_and_moves_it(order: Qt.SortOrder) -> None:
    model = make(fruit())
    model.sort(NAME, order)
    model.upsert(Item(2, "delta", "2024-01-15", 9))  # "Alpha" becomes "delta"
    names = ["alpha two", "beta", "Charlie", "delta"]
    if order == DESC:
        names.reverse()
    assert [r.name for r in model.rows()] == names
    assert len(model.rows()) == 4
    assert model.row_at(model.row_of_id(2)).name == "delta"
    assert_index_right(model)

    # A changed value that does not touch the sort key: replaced where it is.
    at = model.row_of_id(4)
    model.upsert(Item(4, "Charlie", "2030-01-01", 1))
    assert model.row_of_id(4) == at
    assert model.row_at(at).date == "2030-01-01"
    assert_index_right(model)


def test_remove_id_and_the_index_after_a_mix_of_changes() -> None:
    model = make(fruit())
    model.sort(DATE, DESC)
    model.remove_id(1)
    assert ids(model) == [2, 4, 3]
    assert model.row_of_id(1) == -1
    assert_index_right(model)

    model.remove_id(99)  # unknown: nothing happens
    assert ids(model) == [2, 4, 3]

    model.upsert(Item(8, "new", "2024-02-01", 1))
    assert ids(model) == [8, 2, 4, 3]
    model.sort(NAME, ASC)
    assert ids(model) == [2, 3, 4, 8]
    model.upsert(Item(3, "zz", "", 1))
    model.remove_id(2)
    model.upsert(Item(9, "Mid", "", 1))
    assert [r.name for r in model.rows()] == ["Charlie", "Mid", "new", "zz"]
    assert_index_right(model)

    for ident in [4, 9, 8, 3]:
        model.remove_id(ident)
        assert_index_right(model)
    assert model.rowCount() == 0
    model.upsert(Item(10, "only", "", 1))
    assert ids(model) == [10]
    assert_index_right(model)


def test_upsert_and_remove_reach_the_proxy_in_the_models_order() -> None:
    model, proxy = with_proxy(fruit())
    proxy.sort(AMOUNT, DESC)
    assert proxy.sortColumn() == -1
    assert shown(proxy) == [3, 1, 2, 4]
    model.upsert(Item(5, "five", "", 50))
    assert shown(proxy) == [3, 5, 1, 2, 4]
    model.upsert(Item(3, "alpha two", "", 1))  # 100 -> 1: moves down
    assert shown(proxy) == [5, 1, 2, 3, 4]
    model.remove_id(1)
    assert shown(proxy) == [5, 2, 3, 4]


# --- filtering -------------------------------------------------------------------------


def people() -> list[Item]:
    return [
        Item(1, "Zoë Ångström", "2024-05-01", 3),
        Item(2, "東京 office", "2023-05-01", 4),
        Item(3, "Zoe plain", "2024-06-01", 5),
        Item(4, "Straße", "2024-05-02", 42),
    ]


def test_set_text_needs_every_word_in_any_column(qapp) -> None:
    _model, proxy = with_proxy(people())
    proxy.set_text("zoë 2024")  # name and date
    assert shown(proxy) == [1]
    proxy.set_text("zoë 2023")  # both words exist, but not in one row
    assert shown(proxy) == []
    proxy.set_text("2024-05 42")  # date and amount
    assert shown(proxy) == [4]
    proxy.set_text("  ")
    assert shown(proxy) == [1, 2, 3, 4]


def test_set_text_ignores_case_and_handles_accents_and_other_scripts(qapp) -> None:
    _model, proxy = with_proxy(people())
    proxy.set_text("ZOË")
    assert shown(proxy) == [1]  # the accent matters: "Zoe plain" is not "Zoë"
    proxy.set_text("zoe")
    assert shown(proxy) == [3]
    proxy.set_text("ångström")
    assert shown(proxy) == [1]
    proxy.set_text("ÅNGSTRÖM zoë")
    assert shown(proxy) == [1]
    proxy.set_text("東京")
    assert shown(proxy) == [2]
    proxy.set_text("OFFICE 東京")
    assert shown(proxy) == [2]
    proxy.set_text("STRASSE")  # case folding: ß folds to ss
    assert shown(proxy) == [4]


def test_set_text_with_a_predicate(qapp) -> None:
    _model, proxy = with_proxy(people())
    proxy.set_text("2024")
    assert shown(proxy) == [1, 3, 4]
    proxy.set_predicate(lambda r: r.amount is not None and r.amount < 10)
    assert shown(proxy) == [1, 3]
    proxy.set_text("zo")
    assert shown(proxy) == [1, 3]
    proxy.set_text("zo plain")
    assert shown(proxy) == [3]
    proxy.set_predicate(lambda r: r.id != 3)
    assert shown(proxy) == []
    proxy.set_text("")
    assert shown(proxy) == [1, 2, 4]
    proxy.set_predicate(None)
    assert shown(proxy) == [1, 2, 3, 4]


def test_filter_follows_changed_rows(qapp) -> None:
    model, proxy = with_proxy(people())
    model.sort(NAME, ASC)
    proxy.set_text("zo")
    assert sorted(shown(proxy)) == [1, 3]

    # Same ids, new names: the cached haystacks must not answer for the old text.
    model.set_rows([replace(r, name=f"Zo {r.name}") if r.id == 4 else r for r in people()])
    assert sorted(shown(proxy)) == [1, 3, 4]
    model.set_rows([replace(r, name="Xavier") if r.id == 3 else r for r in people()])
    assert sorted(shown(proxy)) == [1]

    model.upsert(Item(5, "Zoltan", "", 1))
    assert 5 in shown(proxy)
    model.upsert(Item(6, "Nobody", "", 1))
    assert 6 not in shown(proxy)
    model.upsert(Item(1, "Renamed", "2024-05-01", 3))
    assert sorted(shown(proxy)) == [5]
    assert_index_right(model)


# --- Qt's model checks -----------------------------------------------------------------


def test_model_and_proxy_pass_the_model_tester(qtmodeltester) -> None:
    model, proxy = with_proxy(fruit())
    qtmodeltester.check(model)  # watches the model through what follows
    model.sort(NAME, ASC)
    model.sort(AMOUNT, DESC)
    model.set_rows([replace(r, date="2025-01-01") for r in fruit()])
    model.set_rows(people())
    model.upsert(Item(9, "new", "", 7))
    model.upsert(Item(1, "moved", "", 0))
    model.remove_id(2)
    model.set_headers(["N", "D", "A"])
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "N"

    qtmodeltester.check(proxy)  # and now the proxy over it
    proxy.set_text("o")
    proxy.set_predicate(lambda r: r.id != 3)
    proxy.sort(DATE, DESC)
    model.upsert(Item(10, "zoo", "2020-01-01", 1))
    model.upsert(Item(4, "Straße gone", "", None))
    model.remove_id(9)
    model.set_rows([replace(r, name=r.name + " o") for r in model.rows()])
    proxy.set_text("")
    proxy.set_predicate(None)
    assert proxy.rowCount() == model.rowCount()

    qtmodeltester.check(model)  # the final state, checked once more


def test_model_and_proxy_pass_the_python_model_tester(qtmodeltester) -> None:
    model, proxy = with_proxy(people())
    model.sort(NAME, DESC)
    proxy.set_text("2024")
    proxy.set_predicate(lambda r: r.amount != 42)
    qtmodeltester.check(proxy, force_py=True)
    model.upsert(Item(5, "Anna", "2024-01-01", 1))
    proxy.sort(AMOUNT, ASC)
    model.remove_id(1)
    assert shown(proxy) == [5, 3]



def test_set_text_matches_accents_however_they_were_encoded(qapp) -> None:
    # Imported text may spell "ë" as e + a combining diaeresis (NFD); typing gives one letter.
    _model, proxy = with_proxy([Item(1, "Zoe\u0308 Martin", "", None),
                                Item(2, "Zoe Plain", "", None)])
    proxy.set_text("zo\u00eb")
    assert shown(proxy) == [1]


def test_upsert_that_keeps_its_place_keeps_the_selection(view) -> None:
    table, _proxy, model = view
    table.sortByColumn(AMOUNT, ASC)
    select_id(table, model, 1)
    row = model.row_at(model.row_of_id(1))
    before = ids(model)
    model.upsert(replace(row, name="Renamed"))  # same amount: same place
    assert ids(model) == before
    assert selected_ids(table) == [1]
    assert model.row_at(model.row_of_id(1)).name == "Renamed"
    assert_index_right(model)


def test_upsert_without_a_sort_changes_the_row_where_it_is(qapp) -> None:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(fruit())
    before = ids(model)
    model.upsert(replace(model.row_at(0), name="Changed"))
    assert ids(model) == before
    assert model.row_at(0).name == "Changed"


# --- paged: a page at a time, as the view scrolls ------------------------------------------


def test_a_paged_model_hands_the_view_a_page_at_a_time(qtbot, qtmodeltester) -> None:
    from bounceback.ui.common.table_model import PagedRowTableModel

    model: PagedRowTableModel[Item] = PagedRowTableModel(COLUMNS, page=10)
    rows = [Item(i, f"item {i:03d}", "", i) for i in range(25)]
    model.set_rows(rows)
    assert model.rowCount() == 10 and model.total() == 25
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: nothing happens
    assert model.rowCount() == 25

    # Another order brings other rows to the top: back to the first page, in that order.
    model.sort(AMOUNT, DESC)
    assert model.rowCount() == 10
    assert [model.row_at(r).id for r in range(10)] == list(range(24, 14, -1))

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    view.scrollToBottom()  # the view asks for more as it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    qtmodeltester.check(model)  # (the tester itself fetches whatever is left)


def test_a_paged_model_is_replaced_whole(qapp) -> None:
    from bounceback.ui.common.table_model import PagedRowTableModel

    model: PagedRowTableModel[Item] = PagedRowTableModel(COLUMNS, page=10)
    model.set_rows(fruit())
    with pytest.raises(NotImplementedError):
        model.upsert(fruit()[0])
    with pytest.raises(NotImplementedError):
        model.remove_id(1)
