#include "allnumberspane.h"

#include "api/account.h"
#include "api/jobprogress.h"
#include "numbers/allnumbersmodel.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numbertablemodel.h"
#include "numberform.h" // numberspane.h's inline form()
#include "numberspane.h"
#include "widgets/tablebehaviour.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

AllNumbersPane::AllNumbersPane(const QString &dataFolder, QWidget *parent)
    : ListPane(new AllNumbersModel(dataFolder), new NumberFilterModel, parent)
    , m_model(static_cast<AllNumbersModel *>(listModel()))
    , m_proxy(static_cast<NumberFilterModel *>(proxyModel()))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(u"allNumbersPane"_s);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120); // a burst of typing filters once
    connect(m_filterTimer, &QTimer::timeout, this, &AllNumbersPane::applyFilter);

    QTableView *view = setUpTable(u"allNumbersTable"_s, u"all-numbers"_s, NumberTableModel::SidRole);
    // The account first: it is what this table has that each account's does not.
    view->horizontalHeader()->moveSection(NumberTableModel::AccountColumn, 0);
    // As each account's Numbers section, and a number is never cut.
    setOptionalColumns(NumbersPane::setUpNumberColumns(view));
    const int chars = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(NumberTableModel::NumberColumn, 19 * chars);
    view->setColumnWidth(NumberTableModel::AccountColumn, 16 * chars);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the accounts' order until asked
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &AllNumbersPane::updateStatus);
    setRefreshToolTip(tr("Read every account's numbers again; what changed is updated (%1)"));

    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(u"allNumbersFilter"_s);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setPlaceholderText(tr("Filter by number, name, region, URL or SID (%1)")
                                         .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_textFilter->setAccessibleName(tr("Filter numbers"));
    connect(m_textFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_textFilter, &QLineEdit::returnPressed, this, &AllNumbersPane::applyFilter);
    addFilterWidget(m_textFilter, 1);
    setFindTarget(m_textFilter);
    showDetailPlaceholder(tr("To change a number, open its account's Numbers section."));
    // Only those words there: the table takes the room.
    setDetailWidths(14 * chars, 20 * chars);

    // Each account's load in the status bar, with Cancel.
    connect(m_model, &AllNumbersModel::jobStarted, this, &SectionPane::jobStarted);
    connect(m_model, &ListModel::loadingChanged, this, &AllNumbersPane::updateStatus);
    connect(m_model, &ListModel::totalCountChanged, this, &AllNumbersPane::updateStatus);
    startLoading();
    // What each column wants while there is room, until the rows fit them (the accounts'
    // tables may be in already, with no first page to wait for): a narrow window takes room
    // from these and gives it back.
    if (TableBehaviour *behaviour = table(); behaviour && !behaviour->columnsRestored()) {
        const QList<std::pair<int, int>> wanted{
            {NumberTableModel::AccountColumn, 18}, {NumberTableModel::NumberColumn, 19},
            {NumberTableModel::RegionColumn, 16},  {NumberTableModel::VoiceColumn, 20},
            {NumberTableModel::SmsColumn, 20},     {NumberTableModel::CapabilitiesColumn, 17}};
        for (const auto &[column, characters] : wanted)
            behaviour->setWantedWidth(column, characters * chars);
    }
}

AllNumbersPane::~AllNumbersPane() = default;

void AllNumbersPane::setAccounts(const QList<Account *> &accounts)
{
    m_model->setAccounts(accounts);
    // Tables the Numbers sections opened already are loaded or loading: what runs now is shown.
    for (JobProgress *job : m_model->jobs())
        emit jobStarted(job);
    updateState();
    updateStatus();
}

void AllNumbersPane::applyFilter()
{
    m_filterTimer->stop();
    NumberViewFilter filter;
    filter.text = m_textFilter->text().trimmed();
    m_proxy->setFilter(filter);
    updateState();
    updateStatus();
}

bool AllNumbersPane::isFiltering() const
{
    return m_proxy->isFiltering();
}

void AllNumbersPane::clearFilter()
{
    m_textFilter->clear();
    applyFilter();
}

void AllNumbersPane::firstPageLoaded()
{
    if (TableBehaviour *behaviour = table(); behaviour && !behaviour->columnsRestored()) {
        const int most = 30 * view()->fontMetrics().averageCharWidth();
        for (int c : {NumberTableModel::AccountColumn, NumberTableModel::NumberColumn,
                      NumberTableModel::RegionColumn, NumberTableModel::CapabilitiesColumn,
                      NumberTableModel::VoiceColumn, NumberTableModel::SmsColumn,
                      NumberTableModel::EmergencyColumn, NumberTableModel::CreatedColumn})
            behaviour->fitColumn(c, most);
    }
    // The accounts' tables are often in already: their widths are shared now, not at the
    // next resize.
    shareWidth();
}

QString AllNumbersPane::loadFailedText(const ApiError &error) const
{
    return tr("Could not load an account's numbers. %1").arg(error.displayText());
}

QString AllNumbersPane::placeholderText(State state) const
{
    switch (state) {
    case State::Loading:
        return tr("Loading numbers…");
    case State::Failed:
        return tr("The numbers could not be loaded.");
    case State::Empty:
        return m_model->partCount() ? tr("No Twilio or SignalWire account has numbers yet.")
                                    : tr("No Twilio or SignalWire account is set up.");
    case State::Searching:
        return tr("No number read so far matches the filter; reading more…");
    case State::NoMatch:
        return tr("No number of any account matches the filter.");
    case State::Rows:
        break;
    }
    return {};
}

QString AllNumbersPane::statusText() const
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    const int accounts = m_model->partCount();
    QString text;
    if (!m_model->hasLoadedFirstPage() && m_model->isLoading())
        text = tr("Loading numbers…");
    else if (isFiltering())
        text = tr("%1 matching of %n number(s)", nullptr, rows).arg(locale.toString(m_proxy->rowCount()));
    else
        text = tr("%n number(s)", nullptr, rows);
    text += u" · "_s + tr("%n account(s)", nullptr, accounts);
    if (m_model->isLoading())
        text += u" · "_s + tr("more on the way");
    return text;
}
