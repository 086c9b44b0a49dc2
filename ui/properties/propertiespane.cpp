#include "propertiespane.h"

#include "api/apijob.h"
#include "properties/propertiesclient.h"
#include "properties/propertyfiltermodel.h"
#include "properties/propertylistmodel.h"
#include "propertieslogging.h"
#include "propertydetailview.h"
#include "drafts/draft.h"
#include "widgets/filterbox.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"
#include "widgets/colors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// While filtering, keep fetching pages until at least this many rows match (or none remain).
constexpr int FilterFillRows = 60;
enum StackPage { TablePage, PlaceholderPage };
} // namespace

PropertiesPane::PropertiesPane(AccountClient *client, QWidget *parent)
    : SectionPane(parent)
    , m_client(client)
    , m_model(new PropertyListModel(client, this))
    , m_proxy(new PropertyFilterModel(this))
{
    setObjectName(u"propertiesPane"_s);
    m_proxy->setSourceModel(m_model);
    m_readTimer = new QTimer(this);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(250); // arrowing through the list reads only where it stops
    connect(m_readTimer, &QTimer::timeout, this, &PropertiesPane::readSelected);
    buildUi();

    connect(m_model, &PropertyListModel::pageLoaded, this, &PropertiesPane::onPageLoaded);
    connect(m_model, &PropertyListModel::pageFailed, this, &PropertiesPane::onPageFailed);
    connect(m_model, &PropertyListModel::fetchingChanged, this, &PropertiesPane::updateState);
    connect(m_model, &PropertyListModel::totalCountChanged, this, &PropertiesPane::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PropertiesPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PropertiesPane::onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PropertiesPane::onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PropertiesPane::onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PropertiesPane::onRowsChanged);
    connect(m_proxy, &PropertyFilterModel::filterChanged, this, &PropertiesPane::onRowsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PropertiesPane::onCurrentChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PropertiesPane::fetchMoreIfNeeded);

    // The first page now (a view asks for it anyway); the rest as the user scrolls.
    startLoading();
}

PropertiesPane::~PropertiesPane()
{
    // The children outlive this body: their last signals (selection and scroll changes while
    // the view and models go) must not reach a half-destroyed pane.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void PropertiesPane::buildUi()
{
    // Actions: in the main window's toolbar, and on the pane so their shortcuts work only
    // while the pane is shown.
    m_newAction = new QAction(QIcon::fromTheme(u"document-new"_s,
                                               style()->standardIcon(QStyle::SP_FileIcon)),
                              tr("&New property"), this);
    m_newAction->setObjectName(u"newPropertyAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a property (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, [this] { newProperty(); });

    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s,
                                                   style()->standardIcon(QStyle::SP_BrowserReload)),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the list of properties again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &PropertiesPane::reload);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addActions({m_newAction, m_refreshAction, m_findAction});

    // Filter bar.
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter by name, domain or time zone (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(QIcon::fromTheme(u"edit-find"_s,
                                         style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                        QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Filter properties"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PropertyFilterModel::setText);

    m_flagFilter = new QComboBox(this);
    m_flagFilter->setObjectName(u"flagFilter"_s);
    m_flagFilter->addItem(tr("All properties"), int(PropertyFilterModel::FlagFilter::All));
    m_flagFilter->addItem(tr("Active only"), int(PropertyFilterModel::FlagFilter::Active));
    m_flagFilter->addItem(tr("Inactive only"), int(PropertyFilterModel::FlagFilter::Inactive));
    m_flagFilter->addItem(tr("SMS enabled"), int(PropertyFilterModel::FlagFilter::SmsEnabled));
    m_flagFilter->addItem(tr("Call recording enabled"),
                          int(PropertyFilterModel::FlagFilter::CallRecordingEnabled));
    m_flagFilter->addItem(tr("Integrations enabled"),
                          int(PropertyFilterModel::FlagFilter::IntegrationsEnabled));
    m_flagFilter->setToolTip(tr("Show only the properties with this setting"));
    connect(m_flagFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setFlagFilter(PropertyFilterModel::FlagFilter(m_flagFilter->itemData(index).toInt()));
    });
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_flagFilter);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(showLabel);
    filterBar->addWidget(m_flagFilter);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"paneBanner"_s);
    connect(m_banner, &MessageBanner::actionTriggered, this, &PropertiesPane::retry);

    // The list.
    m_view = new QTableView(this);
    m_view->setObjectName(u"propertyTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes the room there is; the SID is long and lives in the detail pane.
    header->setSectionResizeMode(PropertyListModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_view->setColumnHidden(PropertyListModel::SidColumn, true);
    header->setHighlightSections(false);
    header->setSortIndicator(PropertyListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(PropertyListModel::DomainColumn, 22 * charWidth);
    m_view->setColumnWidth(PropertyListModel::TimeZoneColumn, 21 * charWidth);
    for (int c : {PropertyListModel::SmsColumn, PropertyListModel::RecordingColumn,
                  PropertyListModel::IntegrationsColumn, PropertyListModel::ActiveColumn}) {
        // Check marks need little room: as wide as the header says.
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_view->setColumnWidth(c, qMax(header->fontMetrics().horizontalAdvance(title) + 3 * charWidth,
                                       6 * charWidth));
    }

    // Tab leaves the table, the columns are remembered, the selection survives a reload.
    auto *table = TableBehaviour::setUp(m_view, u"properties"_s);
    table->setKeyRole(PropertyListModel::SidRole);
    m_copySidAction = new QAction(tr("Copy &SID"), this);
    m_copySidAction->setObjectName(u"copySidAction"_s);
    m_copySidAction->setToolTip(tr("Copy the selected property's SID"));
    connect(m_copySidAction, &QAction::triggered, this, [this] {
        if (const std::optional<Property> selected = currentProperty())
            QApplication::clipboard()->setText(selected->propertySid);
    });
    table->setContextActions({m_copySidAction, nullptr, m_newAction, m_refreshAction});
    FilterBox::attach(m_search, m_view);
    // Enter or a double click: on to the details (their values are selectable text).
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_detail->isVisible())
            m_detail->focusDetails();
    });

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
    m_busy->setAccessibleName(tr("Loading properties"));
    m_placeholderButton = new QPushButton(placeholderPage);
    m_placeholderButton->setObjectName(u"placeholderButton"_s);
    connect(m_placeholderButton, &QPushButton::clicked, this, [this] {
        if (m_proxy->isFiltering() && m_model->rowCount() > 0)
            clearFilter();
        else
            newProperty();
    });
    auto *placeholderLayout = new QVBoxLayout(placeholderPage);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    placeholderLayout->addWidget(m_placeholderButton, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(placeholderPage);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_stack, 1);

    m_detail = new PropertyDetailView(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"propertiesSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    m_splitter = splitter;
    // The user's own split stays; until then the list gets the room its columns need.
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_flagFilter);
    setTabOrder(m_flagFilter, m_view);
}

QList<QAction *> PropertiesPane::toolBarActions() const
{
    return {m_newAction, m_refreshAction};
}

void PropertiesPane::resizeEvent(QResizeEvent *event)
{
    SectionPane::resizeEvent(event);
    shareWidth();
}

void PropertiesPane::shareWidth()
{
    // The detail pane gives way first: SIDs there elide, the list's columns would clip.
    if (m_userSized || !m_splitter)
        return;
    if (const TableBehaviour *table = TableBehaviour::of(m_view)) {
        const int nameRoom = 24 * m_view->fontMetrics().averageCharWidth();
        TableBehaviour::shareSplitter(m_splitter, table->preferredWidth(nameRoom), 420);
    }
    // Then, once the list has its width, the domain and time zone give up what it lacks.
    QTimer::singleShot(0, this, [this] {
        if (TableBehaviour *table = TableBehaviour::of(m_view)) {
            const int chars = m_view->fontMetrics().averageCharWidth();
            table->shareRoom({PropertyListModel::DomainColumn, PropertyListModel::TimeZoneColumn},
                             14 * chars, 18 * chars);
        }
    });
}

void PropertiesPane::startLoading()
{
    m_loaded = false;
    m_awaitingFirstPage = true;
    m_banner->hideMessage();
    m_model->fetchMore({}); // the first page; the view asks for the rest as it scrolls
    updateState();
}

void PropertiesPane::reload()
{
    m_loaded = false;
    m_awaitingFirstPage = true;
    m_banner->hideMessage();
    m_detail->clear();
    m_model->reload();
    updateState();
}

void PropertiesPane::retry()
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

void PropertiesPane::onPageLoaded()
{
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_loaded = true;
        qCInfo(lcPropertiesUi) << "first page of properties loaded";
        // Columns as wide as what they hold (unless the user's widths were remembered).
        if (TableBehaviour *table = TableBehaviour::of(m_view); table && !table->columnsRestored()) {
            const int most = 40 * m_view->fontMetrics().averageCharWidth();
            table->fitColumn(PropertyListModel::DomainColumn, most);
            table->fitColumn(PropertyListModel::TimeZoneColumn, most);
        }
        shareWidth();
        // Start with a current row, so the details show and the keyboard works at once.
        if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
            selectSourceRow(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
        emit loadFinished(true, {});
    }
    m_banner->hideMessage();
    updateState();
    // Let the view lay out the new rows first, then see whether it is still short.
    QTimer::singleShot(0, this, &PropertiesPane::fetchMoreIfNeeded);
}

void PropertiesPane::onPageFailed(const ApiError &error)
{
    const QString message = tr("Could not load the properties. %1").arg(error.displayText());
    m_banner->showMessage(message, MessageBanner::Type::Error, tr("&Retry"));
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_loaded = true;
        emit loadFinished(false, message);
    }
    updateState();
}

void PropertiesPane::fetchMoreIfNeeded()
{
    // Only for what the user sees: a hidden pane never pages on its own. A view that is not
    // full yet asks for more by itself (QAbstractItemView's own fetchMore()).
    if (!isVisible() || !m_model->canFetchMore({}) || m_model->isFetching()
        || !m_model->hasLoadedFirstPage())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool nearEnd = m_view->isVisible() && bar->maximum() > 0
                         && bar->value() >= bar->maximum() - bar->pageStep();
    const bool filterShort = m_proxy->isFiltering() && m_proxy->rowCount() < FilterFillRows;
    if (nearEnd || filterShort)
        m_model->fetchMore({});
}

void PropertiesPane::onRowsChanged()
{
    updateState();
    if (m_proxy->isFiltering())
        fetchMoreIfNeeded();
    if (!m_view->selectionModel()->currentIndex().isValid())
        m_detail->clear();
}

void PropertiesPane::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_readTimer->stop();
        if (m_readJob)
            m_readJob->cancel();
        m_detail->clear();
        return;
    }
    const Property shown = current.data(PropertyListModel::PropertyRole).value<Property>();
    const bool another = m_detail->shownProperty().propertySid != shown.propertySid;
    m_detail->showProperty(shown);
    if (another)
        m_readTimer->start(); // the list's copy now, the server's own a moment later
}

void PropertiesPane::readSelected()
{
    const std::optional<Property> selected = currentProperty();
    if (!selected)
        return;
    if (m_readJob)
        m_readJob->cancel();
    const QString sid = selected->propertySid;
    m_readJob = PropertiesClient(m_client).get(sid);
    connect(m_readJob, &ApiJob::finished, this, [this, sid](const ApiResult &result) {
        m_readJob = nullptr;
        if (result.error.kind() == ApiError::Kind::Cancelled)
            return;
        const bool stillShown = m_detail->hasProperty() && m_detail->shownProperty().propertySid == sid;
        Property fresh;
        const ApiError error = PropertiesClient::parseProperty(result, &fresh);
        if (error.isError()) {
            if (stillShown) {
                m_detail->setNote(error.httpStatus() == 404
                                      ? tr("This property is no longer on the server.")
                                      : tr("Could not check with the server: %1")
                                            .arg(error.displayText()));
            }
            return;
        }
        m_model->addCreated(fresh); // updates the row in place when the server's copy differs
        if (stillShown) {
            m_detail->showProperty(fresh);
            m_detail->setNote(tr("Checked with the server at %1.")
                                  .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        }
    });
}

std::optional<Property> PropertiesPane::currentProperty() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(PropertyListModel::PropertyRole).value<Property>();
}

void PropertiesPane::updateState()
{
    const bool hasRows = m_proxy->rowCount() > 0;
    const bool fetching = m_model->isFetching();
    m_refreshAction->setEnabled(true);

    if (hasRows) {
        m_stack->setCurrentIndex(TablePage);
    } else {
        m_stack->setCurrentIndex(PlaceholderPage);
        m_busy->setVisible(fetching);
        m_placeholderButton->setVisible(false);
        if (!m_model->hasLoadedFirstPage() && fetching) {
            m_placeholder->setText(tr("Loading properties…"));
        } else if (m_model->rowCount() == 0 && m_model->lastError().isError()) {
            m_placeholder->setText(tr("The properties could not be loaded."));
        } else if (m_model->rowCount() == 0) {
            m_placeholder->setText(tr("This account has no properties yet."));
            m_placeholderButton->setText(tr("&New property"));
            m_placeholderButton->setVisible(true);
        } else if (fetching) {
            m_placeholder->setText(tr("Searching more properties…"));
        } else {
            m_placeholder->setText(tr("No property matches the filter."));
            m_placeholderButton->setText(tr("&Clear filter"));
            m_placeholderButton->setVisible(true);
        }
    }
    updateStatus();
}

void PropertiesPane::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    QString text;
    if (total < 0) {
        text = m_model->isFetching() ? tr("Loading properties…") : QString();
    } else if (m_proxy->isFiltering()) {
        text = tr("%1 matching · %2 of %n properties loaded", nullptr, total)
                   .arg(m_proxy->rowCount())
                   .arg(loaded);
    } else if (loaded >= total) {
        text = tr("%n properties", nullptr, total);
    } else {
        text = tr("Showing %1 of %n properties", nullptr, total).arg(loaded);
    }
    if (text != m_statusMessage) {
        m_statusMessage = text;
        emit statusMessageChanged(text);
    }
}

void PropertiesPane::clearFilter()
{
    m_search->clear();
    m_flagFilter->setCurrentIndex(0);
}

void PropertiesPane::newProperty()
{
    emit newDocumentRequested(DraftKind::Property);
}

void PropertiesPane::draftSent(const Draft &draft)
{
    if (draft.kind != DraftKind::Property || draft.remoteId.isEmpty())
        return;
    // The list shows what the server has, so read the new property back.
    ApiJob *job = PropertiesClient(m_client).get(draft.remoteId);
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        Property property;
        if (!PropertiesClient::parseProperty(result, &property).isError())
            showCreated(property);
    });
}

void PropertiesPane::showCreated(const Property &property)
{
    const QModelIndex source = m_model->addCreated(property);
    if (!source.isValid())
        return;
    if (!m_proxy->mapFromSource(source).isValid())
        clearFilter(); // a filter that hides what was just created would only confuse
    selectSourceRow(source.row());
}

void PropertiesPane::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    onCurrentChanged();
}
