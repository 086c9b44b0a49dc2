#include "propertiespane.h"

#include "api/apijob.h"
#include "drafts/draft.h"
#include "properties/propertiesclient.h"
#include "properties/propertyfiltermodel.h"
#include "properties/propertylistmodel.h"
#include "propertieslogging.h"
#include "propertydetailview.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTime>

using namespace Qt::StringLiterals;

PropertiesPane::PropertiesPane(AccountClient *client, QWidget *parent)
    : ListPane(new PropertyListModel(client), new PropertyFilterModel, parent)
    , m_client(client)
    , m_model(static_cast<PropertyListModel *>(listModel()))
    , m_proxy(static_cast<PropertyFilterModel *>(proxyModel()))
{
    setObjectName(u"propertiesPane"_s);
    buildUi();
    connect(m_proxy, &PropertyFilterModel::filterChanged, this, [this] {
        updateState();
        fetchMoreIfNeeded();
    });
    // The first page now (a view asks for it anyway); the rest as the user scrolls.
    startLoading();
}

PropertiesPane::~PropertiesPane() = default;

QList<int> PropertiesPane::flagColumns()
{
    return {PropertyListModel::SmsColumn, PropertyListModel::RecordingColumn,
            PropertyListModel::IntegrationsColumn, PropertyListModel::ActiveColumn};
}

int PropertiesPane::flagWidth(int column) const
{
    // Check marks need little room: as wide as the header says while there is room.
    const QFontMetrics metrics = view()->horizontalHeader()->fontMetrics();
    const int charWidth = view()->fontMetrics().averageCharWidth();
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    return std::max(metrics.horizontalAdvance(title) + 3 * charWidth, 6 * charWidth);
}

void PropertiesPane::buildUi()
{
    QTableView *view = setUpTable(u"propertyTable"_s, u"properties"_s, PropertyListModel::SidRole);
    QHeaderView *header = view->horizontalHeader();
    // The name takes the room there is; the SID is long and lives in the detail pane.
    header->setSectionResizeMode(PropertyListModel::NameColumn, QHeaderView::Stretch);
    view->setColumnHidden(PropertyListModel::SidColumn, true);
    header->setSortIndicator(PropertyListModel::NameColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    const int charWidth = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(PropertyListModel::DomainColumn, 22 * charWidth);
    view->setColumnWidth(PropertyListModel::TimeZoneColumn, 21 * charWidth);
    for (int c : flagColumns())
        view->setColumnWidth(c, flagWidth(c));

    setCreateAction(tr("&New property"), tr("Create a property (%1)"), DraftKind::Property,
                    u"newPropertyAction"_s);
    setRefreshToolTip(tr("Load the list of properties again (%1)"));

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
    setFindTarget(m_search);

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
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_flagFilter);
    addFilterWidget(m_search, 1);
    addFilterWidget(showLabel);
    addFilterWidget(m_flagFilter);

    m_copySidAction = new QAction(tr("Copy &SID"), this);
    m_copySidAction->setObjectName(u"copySidAction"_s);
    m_copySidAction->setToolTip(tr("Copy the selected property's SID"));
    connect(m_copySidAction, &QAction::triggered, this, [this] {
        if (const std::optional<Property> selected = currentProperty())
            QApplication::clipboard()->setText(selected->propertySid);
    });
    setContextActions({m_copySidAction});

    m_detail = new PropertyDetailView(this);
    detailStack()->addWidget(m_detail);
    detailStack()->setCurrentWidget(m_detail);
    setDetailWidths(m_detail->minimumWidth(), 420);
    // Enter or a double click: on to the details (their values are selectable text).
    connect(view, &QAbstractItemView::activated, this, [this] {
        if (m_detail->isVisible())
            m_detail->focusDetails();
    });

    setTabOrder(m_search, m_flagFilter);
    setTabOrder(m_flagFilter, view);
}

QString PropertiesPane::placeholderText(State state) const
{
    switch (state) {
    case State::Loading:
        return tr("Loading properties…");
    case State::Failed:
        return tr("The properties could not be loaded.");
    case State::Empty:
        return tr("This account has no properties yet.");
    case State::Searching:
        return tr("Searching more properties…");
    case State::NoMatch:
        return tr("No property matches the filter.");
    case State::Rows:
        break;
    }
    return {};
}

QString PropertiesPane::statusText() const
{
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    if (total < 0)
        return m_model->isLoading() ? tr("Loading properties…") : QString();
    if (m_proxy->isFiltering()) {
        return tr("%1 matching · %2 of %n properties loaded", nullptr, total)
            .arg(m_proxy->rowCount())
            .arg(loaded);
    }
    if (loaded >= total)
        return tr("%n properties", nullptr, total);
    return tr("Showing %1 of %n properties", nullptr, total).arg(loaded);
}

QString PropertiesPane::loadFailedText(const ApiError &error) const
{
    return tr("Could not load the properties. %1").arg(error.displayText());
}

bool PropertiesPane::isFiltering() const
{
    return m_proxy->isFiltering();
}

void PropertiesPane::clearFilter()
{
    m_search->clear();
    m_flagFilter->setCurrentIndex(0);
}

int PropertiesPane::filterFillRows() const
{
    // While filtering, keep fetching pages until at least this many rows match (or none remain).
    return 60;
}

void PropertiesPane::firstPageLoaded()
{
    qCInfo(lcPropertiesUi) << "first page of properties loaded";
    // Columns as wide as what they hold (unless the user's widths were remembered).
    if (TableBehaviour *behaviour = table(); behaviour && !behaviour->columnsRestored()) {
        const int most = 40 * view()->fontMetrics().averageCharWidth();
        behaviour->fitColumn(PropertyListModel::DomainColumn, most);
        behaviour->fitColumn(PropertyListModel::TimeZoneColumn, most);
        for (int c : flagColumns())
            behaviour->setWantedWidth(c, flagWidth(c));
    }
}

void PropertiesPane::sharedWidth()
{
    // Once the list has its width: the flag columns give up room first (a check mark needs
    // little, their header tooltips name them), then the domain and time zone.
    if (TableBehaviour *behaviour = table()) {
        const int chars = view()->fontMetrics().averageCharWidth();
        behaviour->shareRoom({PropertyListModel::DomainColumn, PropertyListModel::TimeZoneColumn},
                             14 * chars, 24 * chars, flagColumns(), 5 * chars);
    }
}

void PropertiesPane::aboutToReload()
{
    m_detail->clear();
}

void PropertiesPane::currentChanged()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid()) {
        stopReadingCurrent();
        if (m_readJob)
            m_readJob->cancel();
        m_detail->clear();
        return;
    }
    const Property shown = m_model->propertyAt(current.row());
    const bool another = m_detail->shownProperty().propertySid != shown.propertySid;
    m_detail->showProperty(shown);
    if (another)
        readCurrentSoon(); // the list's copy now, the server's own a moment later
}

void PropertiesPane::readCurrent()
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
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->propertyAt(current.row());
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
    if (!mapToView(source).isValid())
        clearFilter(); // a filter that hides what was just created would only confuse
    selectSourceRow(source.row());
}
