#include "tablebehaviour.h"

#include "icons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QScopedValueRollback>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QPointer<QSettings> g_settings;

QString headerKey(const QString &table)
{
    return u"Tables/%1/header"_s.arg(table);
}

QString columnsKey(const QString &table)
{
    return u"Tables/%1/columns"_s.arg(table);
}

// Whether the widths saved are the user's (a column resized by hand) or only the fitted ones.
QString userSizedKey(const QString &table)
{
    return u"Tables/%1/userSized"_s.arg(table);
}
} // namespace

TableBehaviour::TableBehaviour(QAbstractItemView *view, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_settingsKey(settingsKey)
    , m_copyAction(new QAction(Icons::themed(u"edit-copy"_s, u"edit-copy"_s), tr("&Copy as text"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"tableBehaviour"_s);
    // Tab leaves the table (thousands of cells otherwise); arrows move inside it.
    m_view->setTabKeyNavigation(false);

    m_copyAction->setObjectName(u"copyRowsAction"_s);
    m_copyAction->setToolTip(tr("Copy the selected rows as text, one line each"));
    connect(m_copyAction, &QAction::triggered, this, &TableBehaviour::copySelection);

    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        // From the keyboard (the Menu key) the position is the viewport's corner: show the
        // menu at the current row instead.
        QPoint at = pos;
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_view->indexAt(pos).isValid())
            at = m_view->visualRect(current).center();
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });

    // Saved a moment after the user stops dragging a column edge.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &TableBehaviour::saveColumns);
    if (QHeaderView *h = header(); h && !m_settingsKey.isEmpty()) {
        const auto changed = [this] { m_saveTimer->start(); };
        connect(h, &QHeaderView::sectionResized, this, [this, h](int column) {
            // A width the user chose (not fitColumn() or shareRoom()) is theirs from now on.
            if (!m_adjusting && h->sectionResizeMode(column) == QHeaderView::Interactive)
                m_userSized = true;
            m_saveTimer->start();
        });
        connect(h, &QHeaderView::sectionMoved, this, changed);
        connect(h, &QHeaderView::sortIndicatorChanged, this, changed);
    }

    if (QAbstractItemModel *model = m_view->model()) {
        // Rows that move (a filter, a sort, rows above taken away) keep the current row
        // where it was in the viewport, if it was in view.
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &TableBehaviour::captureCurrent);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TableBehaviour::captureCurrent);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &TableBehaviour::captureCurrent);
        const auto changed = [this] { m_changing = false; };
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_changing = true; });
        // A reset forgets every index: the row is found again by its key.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TableBehaviour::rememberKey);
        connect(model, &QAbstractItemModel::modelReset, this, &TableBehaviour::findRememberedKey);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableBehaviour::findRememberedKey);
    }
    // Where the current row is in the viewport, kept up to date while nothing changes.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { snapshot(false); });
    if (QItemSelectionModel *selection = m_view->selectionModel()) {
        connect(selection, &QItemSelectionModel::currentChanged, this, [this] { snapshot(true); });
        connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            // Someone chose another row (the user, or the pane's first row): the one before
            // the reset is not brought back over it.
            if (!m_restoring && current.isValid())
                m_pendingKey.clear();
        });
    }
}

TableBehaviour *TableBehaviour::setUp(QAbstractItemView *view, const QString &settingsKey)
{
    Q_ASSERT(view && view->model());
    if (TableBehaviour *existing = of(view))
        return existing;
    auto *behaviour = new TableBehaviour(view, settingsKey);
    behaviour->restoreColumns();
    return behaviour;
}

void TableBehaviour::setOptionalColumns(const QList<int> &columns)
{
    m_optional = columns;
    QHeaderView *h = header();
    if (!h || h->contextMenuPolicy() == Qt::CustomContextMenu)
        return;
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QWidget::customContextMenuRequested, this, [this, h](const QPoint &pos) {
        QMenu *menu = createHeaderMenu(h);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(h->viewport()->mapToGlobal(pos));
    });
}

QMenu *TableBehaviour::createHeaderMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"columnsMenu"_s);
    QHeaderView *h = header();
    if (!h || !m_view->model())
        return menu;
    for (int column : std::as_const(m_optional)) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        QAction *show = menu->addAction(title);
        show->setCheckable(true);
        show->setChecked(!h->isSectionHidden(column));
        connect(show, &QAction::toggled, this, [this, h, column](bool shown) {
            h->setSectionHidden(column, !shown);
            if (shown && h->sectionSize(column) < h->minimumSectionSize() * 2)
                h->resizeSection(column, h->sectionSizeHint(column));
            emit columnsShownChanged();
            saveColumns();
        });
    }
    return menu;
}

TableBehaviour *TableBehaviour::of(const QAbstractItemView *view)
{
    return view ? view->findChild<TableBehaviour *>(u"tableBehaviour"_s, Qt::FindDirectChildrenOnly)
                : nullptr;
}

void TableBehaviour::setSettings(QSettings *settings)
{
    g_settings = settings;
}

QSettings *TableBehaviour::settings()
{
    return g_settings;
}

void TableBehaviour::setKeyRole(int role)
{
    m_keyRole = role;
}

void TableBehaviour::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions.clear();
    for (QAction *action : actions)
        m_contextActions.append(action);
}

QMenu *TableBehaviour::createContextMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"tableContextMenu"_s);
    bool separatorDue = false;
    for (const QPointer<QAction> &action : m_contextActions) {
        if (!action) {
            separatorDue = !menu->isEmpty();
            continue;
        }
        if (!action->isVisible())
            continue;
        if (separatorDue)
            menu->addSeparator();
        separatorDue = false;
        menu->addAction(action);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    m_copyAction->setEnabled(!selectedText().isEmpty());
    menu->addAction(m_copyAction);
    return menu;
}

QString TableBehaviour::selectedText() const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model || !m_view->selectionModel())
        return {};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().siblingAtColumn(0);
    // In the order the user sees them.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    const QHeaderView *h = header();
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = h ? h->logicalIndex(visual) : visual;
        if (!(h && h->isSectionHidden(logical)))
            columns << logical;
    }
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex cell = row.siblingAtColumn(column);
            QString text = cell.data(Qt::DisplayRole).toString();
            if (text.isEmpty()) {
                // Check marks: say what they mean.
                const QVariant check = cell.data(Qt::CheckStateRole);
                if (check.isValid())
                    text = check.toInt() == Qt::Checked ? tr("yes") : tr("no");
            }
            cells << text.replace(u'\t', u' ').replace(u'\n', u' ');
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

void TableBehaviour::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool TableBehaviour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (event->type() == QEvent::KeyPress)
            copySelection();
        event->accept(); // a ShortcutOverride accepted: no window shortcut takes Ctrl+C
        return true;
    }
    return QObject::eventFilter(watched, event);
}

QHeaderView *TableBehaviour::header() const
{
    if (auto *table = qobject_cast<QTableView *>(m_view))
        return table->horizontalHeader();
    return m_view->findChild<QHeaderView *>();
}

bool TableBehaviour::restoreColumns()
{
    QHeaderView *h = header();
    if (!h || m_settingsKey.isEmpty() || !g_settings || !m_view->model())
        return false;
    const QByteArray state = g_settings->value(headerKey(m_settingsKey)).toByteArray();
    // A table whose columns changed since (a new version) starts from its defaults.
    if (state.isEmpty()
        || g_settings->value(columnsKey(m_settingsKey)).toInt() != m_view->model()->columnCount())
        return false;
    const bool sorting = h->isSortIndicatorShown();
    if (!h->restoreState(state))
        return false;
    m_savedState = state;
    // Widths Switchboard fitted to another window are fitted again to this one; the user's
    // own stay as they left them.
    m_restored = m_userSized = g_settings->value(userSizedKey(m_settingsKey), false).toBool();
    // restoreState() sets the indicator without sorting: sort as it says.
    if (sorting) {
        if (auto *table = qobject_cast<QTableView *>(m_view); table && table->isSortingEnabled())
            table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
    return true;
}

void TableBehaviour::saveColumns()
{
    m_saveTimer->stop();
    QHeaderView *h = header();
    if (!h || m_settingsKey.isEmpty() || !g_settings || !m_view->model())
        return;
    const QByteArray state = h->saveState();
    if (state == m_savedState)
        return;
    m_savedState = state;
    g_settings->setValue(headerKey(m_settingsKey), state);
    g_settings->setValue(columnsKey(m_settingsKey), m_view->model()->columnCount());
    g_settings->setValue(userSizedKey(m_settingsKey), m_userSized);
}

int TableBehaviour::visibleOffset(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const QRect rect = m_view->visualRect(index);
    if (!rect.isValid() || !m_view->viewport()->rect().intersects(rect))
        return -1;
    return rect.top();
}

void TableBehaviour::snapshot(bool currentChanged)
{
    // Taken while the model is stable: during a change a proxy's rows may already map to
    // other source rows, so nothing is read from it then. Until the change is put right,
    // only a new current row (chosen meanwhile) replaces what was seen before it.
    if (m_changing || (m_captured && !currentChanged))
        return;
    const QModelIndex current = m_view->currentIndex();
    m_trackedOffset = visibleOffset(current); // -1: out of view, the user looks elsewhere
    m_trackedKey = m_keyRole >= 0 && current.isValid()
                       ? current.siblingAtColumn(0).data(m_keyRole)
                       : QVariant();
}

void TableBehaviour::captureCurrent()
{
    m_changing = true;
    if (m_captured)
        return;
    m_captured = true;
    // After the change (a filter inserts its rows in many batches), once the view has
    // the rows again.
    QTimer::singleShot(0, this, &TableBehaviour::restoreCurrent);
}

void TableBehaviour::restoreCurrent()
{
    m_captured = false;
    // The view's own current index follows the rows through the change; the key says it
    // is still the same row.
    const QModelIndex index = m_view->currentIndex();
    if (m_trackedOffset >= 0 && index.isValid()
        && (!m_trackedKey.isValid() || index.siblingAtColumn(0).data(m_keyRole) == m_trackedKey))
        scrollToOffset(index, m_trackedOffset);
    snapshot(false);
}

void TableBehaviour::scrollToOffset(const QModelIndex &index, int offset)
{
    // The scroll bars' ranges follow the new rows only at the view's next layout, which
    // may not have come yet: lay out now, or scrolling is clamped to the old range.
    m_view->doItemsLayout();
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
    const QRect rect = m_view->visualRect(index);
    if (!rect.isValid() || rect.height() <= 0)
        return;
    const int delta = rect.top() - offset;
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        bar->setValue(bar->value() + delta / rect.height());
    else
        bar->setValue(bar->value() + delta);
    // Whatever the bar's range allowed, the row itself stays in view.
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);

}

void TableBehaviour::rememberKey()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_keyRole < 0 || !current.isValid())
        return;
    m_pendingKey = current.siblingAtColumn(0).data(m_keyRole);
    m_pendingOffset = std::max(visibleOffset(current), 0);
}

void TableBehaviour::findRememberedKey()
{
    if (!m_pendingKey.isValid() || m_view->currentIndex().isValid())
        return;
    QAbstractItemModel *model = m_view->model();
    if (!model || model->rowCount() == 0)
        return;
    const QModelIndexList found = model->match(model->index(0, 0), m_keyRole, m_pendingKey, 1,
                                               Qt::MatchExactly);
    if (found.isEmpty())
        return; // perhaps on a later page
    // The view and its selection have taken the new rows in already (they were connected
    // first): select now, before the pane picks a first row of its own; scroll once the
    // view has laid the rows out.
    const int offset = m_pendingOffset;
    m_pendingKey.clear();
    m_restoring = true;
    m_view->selectionModel()->setCurrentIndex(
        found.constFirst(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_restoring = false;
    const QPersistentModelIndex restored(found.constFirst());
    QTimer::singleShot(0, this, [this, restored, offset] {
        if (restored.isValid() && restored == m_view->currentIndex())
            scrollToOffset(restored, offset);
    });
}

int TableBehaviour::preferredWidth(int stretchMinimum) const
{
    const QHeaderView *h = header();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    if (!h)
        return width + m_view->sizeHint().width();
    for (int c = 0; c < h->count(); ++c) {
        if (h->isSectionHidden(c))
            continue;
        width += h->sectionResizeMode(c) == QHeaderView::Stretch ? stretchMinimum : h->sectionSize(c);
    }
    return width;
}

void TableBehaviour::fitColumn(int column, int maximum)
{
    auto *table = qobject_cast<QTableView *>(m_view);
    QHeaderView *h = header();
    if (!table || !h)
        return;
    // Through the base class, where it is public; it measures the rows in view.
    const int wanted = std::max(m_view->sizeHintForColumn(column), h->sectionSizeHint(column));
    // A character more: the measure leaves the last letter against the grid line.
    const int width = std::min(wanted + m_view->fontMetrics().averageCharWidth(), maximum);
    m_wanted.insert(column, width);
    const QScopedValueRollback adjusting(m_adjusting, true);
    table->setColumnWidth(column, width);
}

void TableBehaviour::setWantedWidth(int column, int width)
{
    m_wanted.insert(column, width);
    if (auto *table = qobject_cast<QTableView *>(m_view)) {
        const QScopedValueRollback adjusting(m_adjusting, true);
        table->setColumnWidth(column, width);
    }
}

void TableBehaviour::shareRoom(const QList<int> &columns, int minimum, int stretchMinimum,
                               const QList<int> &first, int firstMinimum)
{
    auto *table = qobject_cast<QTableView *>(m_view);
    QHeaderView *h = header();
    if (!table || !h || m_restored || m_userSized)
        return;
    const QScopedValueRollback adjusting(m_adjusting, true);
    const auto want = [this, h](int c) { return m_wanted.value(c, h->sectionSize(c)); };
    int others = 0;       // the columns nobody resizes here
    int stretchLeast = 0; // the stretching columns at their minimum (a longer text elides, its
                          // tooltip tells the rest: the flags do not give up room for it)
    int firstWant = 0, firstLeast = 0, wanted = 0;
    for (int c = 0; c < h->count(); ++c) {
        if (h->isSectionHidden(c))
            continue;
        if (first.contains(c)) {
            firstWant += want(c);
            firstLeast += std::min(want(c), firstMinimum);
        } else if (columns.contains(c)) {
            wanted += want(c);
        } else if (h->sectionResizeMode(c) == QHeaderView::Stretch) {
            stretchLeast += stretchMinimum;
        } else {
            others += h->sectionSize(c);
        }
    }
    const int viewport = m_view->viewport()->width();
    // First the `first` columns give up what the others' text lacks, down to their minimum...
    const int lacking = others + stretchLeast + firstWant + wanted - viewport;
    const int firstGive = std::clamp(lacking, 0, firstWant - firstLeast);
    int firstLeft = firstGive;
    for (int c : first) {
        if (h->isSectionHidden(c))
            continue;
        const int slack = want(c) - std::min(want(c), firstMinimum);
        const int give = firstWant > firstLeast
                             ? std::min(firstLeft, int(qint64(firstGive) * slack / (firstWant - firstLeast)) + 1)
                             : 0;
        firstLeft -= std::min(give, slack);
        if (const int width = want(c) - std::min(give, slack); h->sectionSize(c) != width)
            table->setColumnWidth(c, width);
    }
    // ...then `columns` share what is left beside the stretching ones at their minimum.
    const int room = viewport - others - stretchLeast - (firstWant - firstGive);
    for (int c : columns) {
        const int width = wanted <= room || wanted <= 0
                              ? want(c)
                              : std::max(minimum, int(qint64(want(c)) * std::max(room, 0) / wanted));
        if (h->sectionSize(c) != width)
            table->setColumnWidth(c, width);
    }
}

void TableBehaviour::shareSplitter(QSplitter *splitter, int listWidth, int detailMaximum)
{
    if (!splitter || splitter->count() < 2)
        return;
    const int total = splitter->width() - splitter->handleWidth();
    const int minDetail = splitter->widget(1)->minimumSizeHint().width();
    const int detail = std::clamp(total - listWidth, std::max(minDetail, splitter->widget(1)->minimumWidth()),
                                  std::max({minDetail, splitter->widget(1)->minimumWidth(), detailMaximum}));
    splitter->setSizes({total - detail, detail});
}
