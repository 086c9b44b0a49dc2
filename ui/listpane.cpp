#include "listpane.h"

#include "api/apierror.h"
#include "api/listmodel.h"
#include "icons.h"
#include "widgets/colors.h"
#include "widgets/filterbox.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum StackPage { TablePage, PlaceholderPage };
} // namespace

ListPane::ListPane(ListModel *model, QAbstractProxyModel *proxy, QWidget *parent)
    : SectionPane(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_filterBar(new QHBoxLayout)
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_detail(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_readTimer(new QTimer(this))
{
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(250);
    connect(m_readTimer, &QTimer::timeout, this, [this] { readCurrent(); });
    if (!m_model->parent())
        m_model->setParent(this); // a model shared by several views stays its owner's
    if (m_proxy) {
        m_proxy->setParent(this);
        m_proxy->setSourceModel(m_model);
    }

    m_refreshAction = new QAction(Icons::themed(u"view-refresh"_s, u"view-refresh"_s), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    setRefreshToolTip(tr("Load the list again (%1)"));
    connect(m_refreshAction, &QAction::triggered, this, &ListPane::reload);
    addAction(m_refreshAction);

    m_banner->setObjectName(u"paneBanner"_s);
    connect(m_banner, &MessageBanner::actionTriggered, this, &ListPane::retry);

    // What is shown instead of an empty list: loading, nothing yet, nothing matches.
    auto *placeholderPage = new QWidget(this);
    m_placeholder = new QLabel(placeholderPage);
    m_placeholder->setObjectName(u"placeholder"_s);
    Colors::setMuted(m_placeholder);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_busy = new QProgressBar(placeholderPage);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(200);
    m_busy->setAccessibleName(tr("Loading"));
    m_placeholderButton = new QPushButton(placeholderPage);
    m_placeholderButton->setObjectName(u"placeholderButton"_s);
    m_placeholderButton->setVisible(false);
    connect(m_placeholderButton, &QPushButton::clicked, this, &ListPane::onPlaceholderButton);
    auto *placeholderLayout = new QVBoxLayout(placeholderPage);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    placeholderLayout->addWidget(m_placeholderButton, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(2);
    m_stack->addWidget(new QWidget(this)); // the table's place until setUpTable()
    m_stack->addWidget(placeholderPage);

    m_detail->setObjectName(u"detailStack"_s);
    m_detailPlaceholder = new QLabel(m_detail);
    m_detailPlaceholder->setObjectName(u"detailPlaceholder"_s);
    Colors::setMuted(m_detailPlaceholder);
    m_detailPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailPlaceholder->setWordWrap(true);
    m_detailPlaceholder->setMargin(12);
    m_detail->addWidget(m_detailPlaceholder);
    m_detail->setMinimumWidth(250);

    // The list takes the room; the detail pane gives way first (down to its minimum).
    m_splitter->setObjectName(u"listSplitter"_s);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    // The user's own split stays; until then the list gets the room its columns need.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &ListModel::pageLoaded, this, &ListPane::onPageLoaded);
    connect(m_model, &ListModel::loadFailed, this, &ListPane::onPageFailed);
    connect(m_model, &ListModel::loadingChanged, this, &ListPane::updateState);
    connect(m_model, &ListModel::totalCountChanged, this, &ListPane::updateStatus);
}

ListPane::~ListPane()
{
    // The children outlive this body: their last signals (selection and scroll changes while
    // the view and models go) must not reach a half-destroyed pane.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

QTableView *ListPane::setUpTable(const QString &objectName, const QString &settingsKey, int keyRole)
{
    Q_ASSERT(!m_view);
    m_view = new QTableView(this);
    m_view->setObjectName(objectName);
    m_view->setModel(m_proxy ? static_cast<QAbstractItemModel *>(m_proxy) : m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);

    QWidget *stand = m_stack->widget(TablePage);
    m_stack->insertWidget(TablePage, m_view);
    m_stack->removeWidget(stand);
    delete stand;

    m_settingsKey = settingsKey;
    m_keyRole = keyRole;
    // Connected after the view's own handlers: the view (and its header) take in a change
    // before the pane may show the table because of it. The other way round, a header shown
    // during rowsInserted counts the new rows twice.
    QAbstractItemModel *shown = m_view->model();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPane::onRowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_started)
            currentChanged();
    });
    connect(shown, &QAbstractItemModel::rowsInserted, this, &ListPane::onRowsChanged);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &ListPane::onRowsChanged);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &ListPane::onRowsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_started)
            currentChanged();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ListPane::fetchMoreIfNeeded);
    return m_view;
}

TableBehaviour *ListPane::table() const
{
    return TableBehaviour::of(m_view);
}

QAction *ListPane::setCreateAction(const QString &text, const QString &toolTip, const QString &kind,
                                   const QString &objectName)
{
    Q_ASSERT(!m_createAction);
    m_createAction = new QAction(Icons::themed(u"document-new"_s, u"document-new"_s), text, this);
    m_createAction->setObjectName(objectName);
    m_createAction->setShortcut(QKeySequence::New);
    m_createAction->setToolTip(toolTip.contains(u"%1"_s)
                                   ? toolTip.arg(m_createAction->shortcut().toString(QKeySequence::NativeText))
                                   : toolTip);
    connect(m_createAction, &QAction::triggered, this, [this, kind] { emit newDocumentRequested(kind); });
    addAction(m_createAction);
    updateContextMenu();
    return m_createAction;
}

void ListPane::setRefreshToolTip(const QString &toolTip)
{
    m_refreshAction->setToolTip(toolTip.arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
}

void ListPane::setFindTarget(QLineEdit *filter)
{
    if (!m_findAction) {
        m_findAction = new QAction(tr("&Find"), this);
        m_findAction->setObjectName(u"findAction"_s);
        m_findAction->setShortcut(QKeySequence::Find);
        addAction(m_findAction);
    }
    disconnect(m_findAction, &QAction::triggered, nullptr, nullptr);
    connect(m_findAction, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
}

void ListPane::addAboveList(QWidget *widget)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_splitter), widget);
}

void ListPane::addFilterWidget(QWidget *widget, int stretch)
{
    m_filterBar->addWidget(widget, stretch);
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && m_view)
        FilterBox::attach(edit, m_view);
}

void ListPane::setSelectionActions(const QList<QAction *> &actions)
{
    m_selectionActions = actions;
    for (QAction *action : actions) {
        // Their shortcuts (Delete) act where the list is, not in a filter box or a form.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (m_view)
            m_view->addAction(action);
    }
    updateContextMenu();
    emit paneActionsChanged();
}

void ListPane::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    updateContextMenu();
}

void ListPane::updateContextMenu()
{
    TableBehaviour *behaviour = table();
    if (!behaviour)
        return;
    QList<QAction *> menu = m_contextActions;
    if (!m_selectionActions.isEmpty()) {
        if (!menu.isEmpty())
            menu << nullptr;
        menu << m_selectionActions;
    }
    if (!menu.isEmpty())
        menu << nullptr;
    if (m_createAction)
        menu << m_createAction;
    menu << m_refreshAction;
    behaviour->setContextActions(menu);
}

PaneActions ListPane::paneActions() const
{
    PaneActions actions;
    actions.create = m_createAction;
    actions.refresh = m_refreshAction;
    actions.find = m_findAction;
    actions.selection = m_selectionActions;
    return actions;
}

QWidget *ListPane::mainView() const
{
    return m_view;
}

void ListPane::showDetailPlaceholder(const QString &text)
{
    m_detailPlaceholder->setText(text);
    m_detail->setCurrentWidget(m_detailPlaceholder);
}

void ListPane::setDetailWidths(int minimum, int maximum)
{
    m_detail->setMinimumWidth(minimum);
    m_detailMaximum = maximum;
}

void ListPane::startLoading()
{
    Q_ASSERT(m_view);
    // Tab leaves the table, the columns are remembered, the selection survives a reload:
    // set up now, over the subclass's default widths, so the user's remembered ones win.
    TableBehaviour *behaviour = TableBehaviour::setUp(m_view, m_settingsKey);
    behaviour->setKeyRole(m_keyRole);
    if (!m_optionalColumns.isEmpty()) {
        behaviour->setOptionalColumns(m_optionalColumns);
        connect(behaviour, &TableBehaviour::columnsShownChanged, this, &ListPane::shareWidth, Qt::UniqueConnection);
    }
    updateContextMenu();
    m_started = true;
    beginLoad();
    m_model->startLoading(); // the first page; the view asks for the rest as it scrolls
    updateState();
}

void ListPane::beginLoad()
{
    m_loaded = false;
    m_awaitingFirstPage = true;
    m_banner->hideMessage();
}

void ListPane::reload()
{
    beginLoad();
    aboutToReload();
    m_model->reload();
    updateState();
}

void ListPane::retry()
{
    m_banner->hideMessage();
    if (m_model->rowCount() == 0) {
        // The first page never arrived: this is the first load again, and says how it ends.
        m_loaded = false;
        m_awaitingFirstPage = true;
    }
    if (m_model->lastError().isError())
        m_model->retry();
    else
        m_model->reload();
    updateState();
}

void ListPane::onPageLoaded()
{
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_loaded = true;
        firstPageLoaded();
        shareWidth();
        // Start with a current row, so the details show and the keyboard works at once.
        if (!m_view->selectionModel()->currentIndex().isValid() && m_view->model()->rowCount() > 0) {
            m_view->selectionModel()->setCurrentIndex(
                m_view->model()->index(0, firstShownColumn()),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        emit loadFinished(true, {});
    }
    m_banner->hideMessage();
    updateState();
    // Let the view lay out the new rows first, then see whether it is still short.
    QTimer::singleShot(0, this, &ListPane::fetchMoreIfNeeded);
}

void ListPane::onPageFailed(const ApiError &error)
{
    const QString message = loadFailedText(error);
    m_banner->showMessage(message, MessageBanner::Type::Error, tr("&Retry"));
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_loaded = true;
        emit loadFinished(false, message);
    }
    updateState();
}

void ListPane::onRowsChanged()
{
    if (!m_started)
        return;
    updateState();
    if (isFiltering())
        fetchMoreIfNeeded();
    if (!m_view || !m_view->selectionModel()->currentIndex().isValid())
        currentChanged();
}

void ListPane::fetchMoreIfNeeded()
{
    // Only for what the user sees: a hidden pane never pages on its own. A view that is not
    // full yet asks for more by itself (QAbstractItemView's own fetchMore()).
    if (!m_started || !isVisible() || !m_model->canFetchMore({}) || m_model->isLoading()
        || !m_model->hasLoadedFirstPage())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool nearEnd = m_view->isVisible() && bar->maximum() > 0
                         && bar->value() >= bar->maximum() - bar->pageStep();
    const bool filterShort = isFiltering() && m_view->model()->rowCount() < filterFillRows();
    if (nearEnd || filterShort)
        m_model->fetchMore({});
}

ListPane::State ListPane::computeState() const
{
    if (m_view && m_view->model()->rowCount() > 0)
        return State::Rows;
    const bool loading = m_model->isLoading();
    if (loading && m_model->rowCount() == 0)
        return State::Loading;
    if (m_model->rowCount() == 0 && m_model->lastError().isError())
        return State::Failed;
    if (m_model->rowCount() == 0 && !isFiltering())
        return State::Empty;
    return loading ? State::Searching : State::NoMatch;
}

void ListPane::updateState()
{
    if (!m_started)
        return; // the subclass is still building: its hooks are not there yet
    m_state = computeState();
    if (m_state == State::Rows) {
        m_stack->setCurrentIndex(TablePage);
    } else {
        m_stack->setCurrentIndex(PlaceholderPage);
        m_placeholder->setText(placeholderText(m_state));
        m_busy->setVisible(m_model->isLoading());
        QString button;
        if (m_state == State::Empty && m_createAction)
            button = m_createAction->text();
        else if (m_state == State::NoMatch)
            button = tr("&Clear filter");
        m_placeholderButton->setText(button);
        m_placeholderButton->setVisible(!button.isEmpty());
    }
    updateStatus();
}

void ListPane::onPlaceholderButton()
{
    if (m_state == State::NoMatch)
        clearFilter();
    else if (m_state == State::Empty && m_createAction)
        m_createAction->trigger();
}

void ListPane::updateStatus()
{
    if (!m_started)
        return;
    const QString text = statusText();
    if (text != m_statusMessage) {
        m_statusMessage = text;
        emit statusMessageChanged(text);
    }
}

void ListPane::readCurrentSoon()
{
    m_readTimer->start();
}

void ListPane::stopReadingCurrent()
{
    m_readTimer->stop();
}

QModelIndex ListPane::currentSourceIndex() const
{
    if (!m_view)
        return {};
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy ? m_proxy->mapToSource(current) : current;
}

QModelIndex ListPane::mapToView(const QModelIndex &sourceIndex) const
{
    return m_proxy ? m_proxy->mapFromSource(sourceIndex) : sourceIndex;
}

int ListPane::firstShownColumn() const
{
    // The arrows keep the current column: a hidden one would take them nowhere.
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return 0;
}

bool ListPane::selectSourceRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = mapToView(m_model->index(row, firstShownColumn()));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    currentChanged();
    return true;
}

int ListPane::preferredListWidth() const
{
    const TableBehaviour *behaviour = table();
    return behaviour ? behaviour->preferredWidth(24 * m_view->fontMetrics().averageCharWidth()) : 0;
}

void ListPane::resizeEvent(QResizeEvent *event)
{
    SectionPane::resizeEvent(event);
    shareWidth();
}

void ListPane::showEvent(QShowEvent *event)
{
    SectionPane::showEvent(event);
    // A pane shown again pages on where it stopped while hidden.
    QTimer::singleShot(0, this, &ListPane::fetchMoreIfNeeded);
}

void ListPane::shareWidth()
{
    // The detail pane gives way first: its values elide, the list's columns would clip.
    if (m_userSized || !m_started)
        return;
    TableBehaviour::shareSplitter(m_splitter, preferredListWidth(), m_detailMaximum);
    // Then, once the list has its width, the columns may share what it lacks.
    QTimer::singleShot(0, this, [this] { sharedWidth(); });
}
