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

BroadcastPane::BroadcastPane(AccountClient *client, DraftStore *drafts, QWidget *parent)
    : ListPane(new ProjectListModel(client), new QSortFilterProxyModel, parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_model(static_cast<ProjectListModel *>(listModel()))
    , m_proxy(static_cast<QSortFilterProxyModel *>(proxyModel()))
{
    setObjectName(u"broadcastPane"_s);
    m_proxy->setSortRole(ProjectListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    if (m_drafts) {
        const CachedReference cached = m_drafts->reference(client->profile().id, BroadcastReference::ReferenceKey);
        if (!cached.isNull())
            m_reference = BroadcastReference::fromJson(cached.value.toObject());
    }
    buildUi();
    startLoading();
    loadReference();
}

BroadcastPane::~BroadcastPane()
{
    if (m_loader)
        m_loader->cancel();
}

void BroadcastPane::buildUi()
{
    QTableView *view = setUpTable(u"projectTable"_s, u"broadcast-projects"_s, ProjectListModel::IdRole);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(ProjectListModel::NameColumn, QHeaderView::Stretch);
    const int charWidth = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(ProjectListModel::StatusColumn, 9 * charWidth);
    view->setColumnWidth(ProjectListModel::ChannelColumn, 11 * charWidth);
    view->setColumnWidth(ProjectListModel::NumbersColumn,
                         header->fontMetrics().horizontalAdvance(
                             m_model->headerData(ProjectListModel::NumbersColumn, Qt::Horizontal).toString())
                             + 4 * charWidth);
    view->setColumnWidth(ProjectListModel::CreatedColumn, 17 * charWidth);
    header->setSortIndicator(ProjectListModel::CreatedColumn, Qt::DescendingOrder);
    view->setSortingEnabled(true);

    setCreateAction(tr("&New broadcast project"), tr("Set up a broadcast project in draft status (%1)"),
                    DraftKind::Broadcast, u"newProjectAction"_s);
    setRefreshToolTip(tr("Load the projects and the account's lists again (%1)"));

    auto *copyIdAction = new QAction(Icons::icon(u"edit-copy"_s), tr("Copy project &ID"), this);
    copyIdAction->setObjectName(u"copyIdAction"_s);
    copyIdAction->setToolTip(tr("Copy the selected project's ID"));
    connect(copyIdAction, &QAction::triggered, this, [this] {
        if (const std::optional<BroadcastProject> selected = currentProject())
            QApplication::clipboard()->setText(selected->id);
    });
    setContextActions({copyIdAction});
    // Enter or a double click: on to the project's numbers.
    connect(view, &QAbstractItemView::activated, this, [this] {
        if (m_numbersList->isVisible())
            m_numbersList->setFocus(Qt::OtherFocusReason);
    });

    // The detail pane: nothing selected, or the project with its numbers.
    detailStack()->setObjectName(u"projectDetail"_s);
    showDetailPlaceholder(tr("Select a project to see its numbers and settings."));
    auto *page = new QWidget(detailStack());
    m_detailPage = page;
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
    detailStack()->addWidget(page);
    setDetailWidths(250, 320);
    setFocusProxy(view);
}

void BroadcastPane::newProject()
{
    emit newDocumentRequested(DraftKind::Broadcast);
}

void BroadcastPane::aboutToReload()
{
    showDetailPlaceholder(tr("Select a project to see its numbers and settings."));
    loadReference();
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
        currentChanged();
    });
    m_loader->start();
}

void BroadcastPane::firstPageLoaded()
{
    // The short columns as wide as what they hold; the name takes the rest (unless the
    // user's own widths came back from the settings).
    if (TableBehaviour *behaviour = table(); behaviour && !behaviour->columnsRestored()) {
        for (int c : {ProjectListModel::StatusColumn, ProjectListModel::ChannelColumn,
                      ProjectListModel::CreatedColumn})
            behaviour->fitColumn(c, 24 * view()->fontMetrics().averageCharWidth());
    }
}

QString BroadcastPane::loadFailedText(const ApiError &error) const
{
    return tr("Could not load the projects. %1").arg(error.displayText());
}

QString BroadcastPane::placeholderText(State state) const
{
    switch (state) {
    case State::Loading:
        return tr("Loading projects…");
    case State::Failed:
        return tr("The projects could not be loaded.");
    case State::Empty:
    case State::Searching:
    case State::NoMatch:
        return tr("This organisation has no broadcast projects yet.");
    case State::Rows:
        break;
    }
    return {};
}

QString BroadcastPane::statusText() const
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    if (!m_model->hasLoadedFirstPage())
        return tr("Loading projects…");
    if (total > shown)
        return tr("Showing %1 of %n project(s); sorting covers the loaded rows.", nullptr, total)
            .arg(QLocale().toString(shown));
    return tr("%n project(s)", nullptr, shown);
}

std::optional<BroadcastProject> BroadcastPane::currentProject() const
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->projectAt(current.row());
}

bool BroadcastPane::selectProject(const QString &id)
{
    return selectSourceRow(m_model->rowOf(id));
}

void BroadcastPane::currentChanged()
{
    const std::optional<BroadcastProject> project = currentProject();
    if (!project) {
        showDetailPlaceholder(tr("Select a project to see its numbers and settings."));
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
    detailStack()->setCurrentWidget(m_detailPage);
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
        selectProject(project.id);
    });
}
