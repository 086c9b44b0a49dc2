#include "broadcastpane.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "broadcast/broadcastclient.h"
#include "broadcast/numberselectionmodel.h"
#include "broadcast/projectlistmodel.h"
#include "drafts/draft.h"
#include "drafts/draftstore.h"
#include "validation/textrules.h"
#include "icons.h"
#include "widgets/colors.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"
#include "widgets/sidlabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum { TablePage = 0, PlaceholderPage = 1 };
enum { DetailEmptyPage = 0, DetailProjectPage = 1 };
} // namespace

BroadcastPane::BroadcastPane(AccountClient *client, DraftStore *drafts, QWidget *parent)
    : SectionPane(parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_model(new ProjectListModel(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"broadcastPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    if (m_drafts) {
        const CachedReference cached = m_drafts->reference(client->profile().id, BroadcastReference::ReferenceKey);
        if (!cached.isNull())
            m_reference = BroadcastReference::fromJson(cached.value.toObject());
    }
    buildUi();

    connect(m_model, &PagedListModel::pageLoaded, this, &BroadcastPane::onPageLoaded);
    connect(m_model, &PagedListModel::loadFailed, this, &BroadcastPane::onPageFailed);
    connect(m_model, &PagedListModel::loadingChanged, this, &BroadcastPane::updateState);
    connect(m_model, &PagedListModel::totalCountChanged, this, &BroadcastPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BroadcastPane::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BroadcastPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BroadcastPane::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BroadcastPane::onCurrentChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &BroadcastPane::fetchMoreIfNeeded);

    m_loaded = false;
    m_awaitingFirstPage = true;
    m_model->fetchMore({});
    loadReference();
    updateState();
}

BroadcastPane::~BroadcastPane()
{
    if (m_loader)
        m_loader->cancel();
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void BroadcastPane::buildUi()
{
    m_newAction = new QAction(QIcon::fromTheme(u"document-new"_s, style()->standardIcon(QStyle::SP_FileIcon)),
                              tr("&New broadcast project"), this);
    m_newAction->setObjectName(u"newProjectAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Set up a broadcast project in draft status (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, &BroadcastPane::newProject);

    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s,
                                                   style()->standardIcon(QStyle::SP_BrowserReload)),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the projects and the account's lists again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &BroadcastPane::reload);
    addActions({m_newAction, m_refreshAction});

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"paneBanner"_s);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        m_banner->hideMessage();
        if (m_model->rowCount() == 0) {
            m_loaded = false;
            m_awaitingFirstPage = true;
        }
        if (m_model->lastError().isError())
            m_model->retry();
        else
            m_model->reload();
        updateState();
    });

    m_view = new QTableView(this);
    m_view->setObjectName(u"projectTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProjectListModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ProjectListModel::StatusColumn, 9 * charWidth);
    m_view->setColumnWidth(ProjectListModel::ChannelColumn, 11 * charWidth);
    m_view->setColumnWidth(ProjectListModel::NumbersColumn,
                           header->fontMetrics().horizontalAdvance(
                               m_model->headerData(ProjectListModel::NumbersColumn, Qt::Horizontal).toString())
                               + 4 * charWidth);
    m_view->setColumnWidth(ProjectListModel::CreatedColumn, 17 * charWidth);
    header->setSortIndicator(ProjectListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    // Tab leaves the table, the columns are remembered, the selection survives a reload.
    auto *table = TableBehaviour::setUp(m_view, u"broadcast-projects"_s);
    table->setKeyRole(ProjectListModel::IdRole);
    auto *copyIdAction = new QAction(Icons::icon(u"edit-copy"_s), tr("Copy project &ID"), this);
    copyIdAction->setObjectName(u"copyIdAction"_s);
    copyIdAction->setToolTip(tr("Copy the selected project's ID"));
    connect(copyIdAction, &QAction::triggered, this, [this] {
        if (const std::optional<BroadcastProject> selected = currentProject())
            QApplication::clipboard()->setText(selected->id);
    });
    table->setContextActions({copyIdAction, nullptr, m_newAction, m_refreshAction});
    // Enter or a double click: on to the project's numbers.
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_numbersList->isVisible())
            m_numbersList->setFocus(Qt::OtherFocusReason);
    });

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
    m_busy->setAccessibleName(tr("Loading projects"));
    m_placeholderButton = new QPushButton(tr("&New broadcast project"), placeholderPage);
    m_placeholderButton->setObjectName(u"placeholderButton"_s);
    connect(m_placeholderButton, &QPushButton::clicked, this, &BroadcastPane::newProject);
    auto *placeholderLayout = new QVBoxLayout(placeholderPage);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    placeholderLayout->addWidget(m_placeholderButton, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(placeholderPage);

    // The detail pane: nothing selected, or the project with its numbers.
    m_detail = new QStackedWidget(this);
    m_detail->setObjectName(u"projectDetail"_s);
    m_detailEmpty = new QLabel(tr("Select a project to see its numbers and settings."), m_detail);
    Colors::setMuted(m_detailEmpty);
    m_detailEmpty->setAlignment(Qt::AlignCenter);
    m_detailEmpty->setWordWrap(true);
    m_detail->addWidget(m_detailEmpty);

    auto *page = new QWidget(m_detail);
    m_detailName = new QLabel(page);
    m_detailName->setObjectName(u"detailName"_s);
    m_detailName->setTextFormat(Qt::PlainText);
    m_detailName->setWordWrap(true);
    m_detailName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_detailName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_detailName->setFont(nameFont);
    const auto makeValue = [page](const char *name) {
        auto *label = new QLabel(page);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_detailStatus = makeValue("detailStatus");
    m_detailChannel = makeValue("detailChannel");
    m_detailSender = makeValue("detailSender");
    m_detailTracking = makeValue("detailTracking");
    m_detailCreated = makeValue("detailCreated");
    m_detailId = new SidLabel(page);
    m_detailForm = new QFormLayout;
    m_detailForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detailForm->addRow(tr("Status:"), m_detailStatus);
    m_detailForm->addRow(tr("Channel:"), m_detailChannel);
    m_detailForm->addRow(tr("Sends for:"), m_detailSender);
    m_detailForm->addRow(tr("Link tracking:"), m_detailTracking);
    m_detailForm->addRow(tr("Created:"), m_detailCreated);
    m_numbersCaption = new QLabel(page);
    m_numbersCaption->setObjectName(u"numbersCaption"_s);
    m_numbersList = new QListWidget(page);
    m_numbersList->setObjectName(u"projectNumbers"_s);
    m_numbersList->setUniformItemSizes(true);
    m_numbersList->setAccessibleName(tr("The project's sending numbers"));
    m_numbersCaption->setBuddy(m_numbersList);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_detailName);
    pageLayout->addWidget(m_detailId);
    pageLayout->addLayout(m_detailForm);
    pageLayout->addWidget(m_numbersCaption);
    pageLayout->addWidget(m_numbersList, 1);
    m_detail->addWidget(page);
    m_detail->setMinimumWidth(250);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"broadcastSplitter"_s);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    // The list takes the room; the detail pane gives way first (down to its minimum).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({700, 280});
    splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);
}

QList<QAction *> BroadcastPane::toolBarActions() const
{
    return {m_newAction, m_refreshAction};
}

void BroadcastPane::newProject()
{
    emit newDocumentRequested(DraftKind::Broadcast);
}

void BroadcastPane::reload()
{
    m_loaded = false;
    m_awaitingFirstPage = true;
    m_banner->hideMessage();
    m_detail->setCurrentIndex(DetailEmptyPage);
    m_model->reload();
    loadReference();
    updateState();
}

void BroadcastPane::loadReference()
{
    if (m_loader)
        return;
    m_loader = new BroadcastReferenceLoader(m_client, this);
    connect(m_loader, &BroadcastReferenceLoader::finished, this,
            [this](const BroadcastReference &reference, const ApiError &error) {
        if (error.isError())
            return; // the cached names (or ids) stay; the list's own error says enough
        m_reference = reference;
        if (m_drafts)
            m_drafts->saveReference(m_client->profile().id, BroadcastReference::ReferenceKey, reference.toJson());
        onCurrentChanged();
    });
    m_loader->start();
}

void BroadcastPane::onPageLoaded()
{
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_loaded = true;
        // The short columns as wide as what they hold; the name takes the rest.
        // (unless the user's own widths came back from the settings).
        if (TableBehaviour *table = TableBehaviour::of(m_view); table && !table->columnsRestored()) {
            for (int c : {ProjectListModel::StatusColumn, ProjectListModel::ChannelColumn,
                          ProjectListModel::CreatedColumn})
                table->fitColumn(c, 24 * m_view->fontMetrics().averageCharWidth());
        }
        if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        emit loadFinished(true, {});
    }
    m_banner->hideMessage();
    updateState();
    updateStatus();
    QTimer::singleShot(0, this, &BroadcastPane::fetchMoreIfNeeded);
}

void BroadcastPane::onPageFailed(const ApiError &error)
{
    const QString message = tr("Could not load the projects. %1").arg(error.displayText());
    m_banner->showMessage(message, MessageBanner::Type::Error, tr("&Retry"));
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_loaded = true;
        emit loadFinished(false, message);
    }
    updateState();
}

void BroadcastPane::fetchMoreIfNeeded()
{
    if (!isVisible() || !m_model->canFetchMore({}) || m_model->isLoading()
        || !m_model->hasLoadedFirstPage())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (m_view->isVisible() && bar->maximum() > 0 && bar->value() >= bar->maximum() - bar->pageStep())
        m_model->fetchMore({});
}

void BroadcastPane::updateState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentIndex(TablePage);
    } else {
        m_stack->setCurrentIndex(PlaceholderPage);
        const bool loading = m_model->isLoading();
        m_busy->setVisible(loading);
        m_placeholderButton->setVisible(false);
        if (!m_model->hasLoadedFirstPage() && loading) {
            m_placeholder->setText(tr("Loading projects…"));
        } else if (m_model->lastError().isError()) {
            m_placeholder->setText(tr("The projects could not be loaded."));
        } else {
            m_placeholder->setText(tr("This organisation has no broadcast projects yet."));
            m_placeholderButton->setVisible(true);
        }
    }
    updateStatus();
}

void BroadcastPane::updateStatus()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    QString text;
    if (!m_model->hasLoadedFirstPage())
        text = tr("Loading projects…");
    else if (total > shown)
        text = tr("Showing %1 of %n project(s); sorting covers the loaded rows.", nullptr, total)
                   .arg(QLocale().toString(shown));
    else
        text = tr("%n project(s)", nullptr, shown);
    if (text != m_statusMessage) {
        m_statusMessage = text;
        emit statusMessageChanged(text);
    }
}

std::optional<BroadcastProject> BroadcastPane::currentProject() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->projectAt(m_proxy->mapToSource(current).row());
}

bool BroadcastPane::selectProject(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void BroadcastPane::onCurrentChanged()
{
    const std::optional<BroadcastProject> project = currentProject();
    if (!project) {
        m_detail->setCurrentIndex(DetailEmptyPage);
        return;
    }
    showProject(*project);
}

void BroadcastPane::showProject(const BroadcastProject &p)
{
    const QLocale locale;
    const auto named = [](const QString &name, const QString &id) {
        return name.isEmpty() ? id : Validation::displayText(name);
    };
    m_detailName->setText(Validation::displayText(p.name));
    m_detailId->setText(tr("ID"), p.id);
    m_detailStatus->setText(p.status == u"draft" ? tr("Draft: nothing has been sent yet")
                                                 : Validation::displayText(BroadcastProject::statusTitle(p.status)));
    m_detailChannel->setText(tr("%1, %2").arg(BroadcastProject::channelTitle(p.channel),
                                              BroadcastProject::messageTypeTitle(p.messageType)));
    if (p.channel == u"toll-free") {
        m_detailSender->setText(tr("Toll-free verification %1")
                                    .arg(named(m_reference.verificationName(p.tollFreeVerificationId),
                                               p.tollFreeVerificationId)));
    } else {
        m_detailSender->setText(tr("%1, campaign %2")
                                    .arg(named(m_reference.brandName(p.brandId), p.brandId),
                                         named(m_reference.campaignName(p.campaignId), p.campaignId)));
    }
    if (p.linkTrackingEnabled) {
        QString tracking = tr("On: %1 through %2")
                               .arg(Validation::displayText(p.linkTrackingDestinationUrl),
                                    named(m_reference.domainName(p.linkTrackingDomainId), p.linkTrackingDomainId));
        if (!p.linkTrackingParamField.isEmpty())
            tracking += u'\n' + tr("Adds the contact's %1 to each link").arg(Validation::displayText(p.linkTrackingParamField));
        m_detailTracking->setText(tracking);
    } else {
        m_detailTracking->setText(tr("Off"));
    }
    m_detailCreated->setText(p.createdAt.isValid()
                                 ? locale.toString(p.createdAt.toLocalTime(), QLocale::LongFormat)
                                 : tr("Unknown"));
    m_numbersCaption->setText(tr("%n sending number(s):", nullptr, int(p.phoneNumberIds.size())));
    m_numbersList->clear();
    for (const QString &id : p.phoneNumberIds) {
        auto *item = new QListWidgetItem(m_numbersList);
        if (const auto *n = m_reference.number(id)) {
            const QString shown = NumberSelectionModel::displayNumber(n->phoneNumber);
            item->setText(n->tollFree ? tr("%1 (toll-free)").arg(shown) : shown);
            item->setToolTip(tr("%1 (id %2)").arg(n->phoneNumber, id));
        } else {
            item->setText(id);
            item->setToolTip(m_reference.isEmpty()
                                 ? tr("The account's numbers have not been read yet.")
                                 : tr("This number is no longer among the account's numbers."));
        }
    }
    m_detail->setCurrentIndex(DetailProjectPage);
}

void BroadcastPane::draftSent(const Draft &draft)
{
    if (draft.kind != DraftKind::Broadcast || draft.remoteId.isEmpty())
        return;
    if (m_readJob)
        m_readJob->cancel();
    m_readJob = BroadcastClient(m_client).project(draft.remoteId);
    connect(m_readJob, &ApiJob::finished, this, [this](const ApiResult &result) {
        BroadcastProject project;
        if (BroadcastClient::parseProject(result, &project).isError())
            return; // the next refresh shows it
        m_model->addProject(project);
        updateState();
        selectProject(project.id);
    });
}
