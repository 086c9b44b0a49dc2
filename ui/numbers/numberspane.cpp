#include "numberspane.h"

#include "api/account.h"
#include "api/accountclient.h"
#include "api/apijob.h"
#include "documentdrafts.h"
#include "drafts/draft.h"
#include "drafts/draftstore.h"
#include "icons.h"
#include "numberform.h"
#include "numbersummaryview.h"
#include "numbers/numbereditdraft.h"
#include "numbers/numberchecks.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numbersummary.h"
#include "numbers/numbertablemodel.h"
#include "numbers/phonenumbers.h"
#include "problemsdelegate.h"
#include "numbers/numberrelease.h"
#include "numbers/purchasedraft.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNumbersUi, "switchboard.ui.numbers")

namespace {
QString providerName(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? u"SignalWire"_s : u"Twilio"_s;
}

// Whether the summary is shown: one setting for every Numbers pane, as the table's columns.
const QString SummaryShownKey = u"Numbers/summaryShown"_s;
} // namespace

NumbersPane::NumbersPane(Account *account, AccountClient *client, DraftStore *drafts,
                         DocumentDrafts *documents, QWidget *parent)
    : ListPane(NumberTableModel::forClient(client, drafts ? drafts->folder() : QString()),
               new NumberFilterModel, parent)
    , m_account(account)
    , m_client(client)
    , m_numbers(client)
    , m_drafts(drafts)
    , m_documents(documents)
    , m_model(static_cast<NumberTableModel *>(listModel()))
    , m_proxy(static_cast<NumberFilterModel *>(proxyModel()))
{
    setObjectName(u"numbersPane"_s);
    if (m_account)
        m_model->setAccountName(m_account->displayName());
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120); // a burst of typing filters once
    connect(m_filterTimer, &QTimer::timeout, this, &NumbersPane::applyFilter);
    buildUi();
    if (m_drafts)
        connect(m_drafts, &DraftStore::draftChanged, this, &NumbersPane::onReleaseChanged);
    // The status bar shows the load with Cancel; the banner what the table is as of.
    connect(m_model, &ListModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->job() && !m_model->job()->isFinished())
            emit jobStarted(m_model->job());
        updateBanner();
    });
    connect(m_model, &NumberTableModel::refreshed, this, [this] {
        fillRegions();
        updateBanner();
    });
    connect(m_model, &NumberTableModel::cacheLoaded, this, [this] {
        fillRegions();
        updateBanner();
    });
    connect(m_model, &ListModel::loadFailed, this, &NumbersPane::updateBanner);
    startLoading();
    if (m_model->isLoading() && m_model->job() && !m_model->job()->isFinished())
        emit jobStarted(m_model->job());
    fillRegions();
    updateBanner();
}

NumbersPane::~NumbersPane()
{
    if (m_form && m_documents)
        m_documents->release(m_form);
}

namespace {
// The friendly name (the stretching column) keeps room for this many characters: it is what
// a reviewer reads first; handlers and regions give up theirs before it does.
constexpr int NameChars = 22;
} // namespace

QList<int> NumbersPane::setUpNumberColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(NumberTableModel::FriendlyNameColumn, QHeaderView::Stretch);
    view->setItemDelegateForColumn(NumberTableModel::ProblemsColumn, new ProblemsDelegate(view));
    // Nine columns beside the detail pane cut every one of them: when a number was made and
    // its emergency status are in the detail pane (and a missing address is a problem), so
    // they start hidden; the header's menu shows them, and the others, again.
    view->setColumnHidden(NumberTableModel::EmergencyColumn, true);
    view->setColumnHidden(NumberTableModel::CreatedColumn, true);
    return {NumberTableModel::RegionColumn, NumberTableModel::CapabilitiesColumn,
            NumberTableModel::VoiceColumn,  NumberTableModel::SmsColumn,
            NumberTableModel::EmergencyColumn, NumberTableModel::CreatedColumn};
}

void NumbersPane::buildUi()
{
    QTableView *view = setUpTable(u"numberTable"_s, u"numbers-review"_s, NumberTableModel::SidRole);
    QHeaderView *header = view->horizontalHeader();
    view->setColumnHidden(NumberTableModel::AccountColumn, true);
    setOptionalColumns(setUpNumberColumns(view));
    const int chars = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(NumberTableModel::NumberColumn, 17 * chars);
    view->setColumnWidth(NumberTableModel::RegionColumn, 14 * chars);
    view->setColumnWidth(NumberTableModel::VoiceColumn, 17 * chars);
    view->setColumnWidth(NumberTableModel::SmsColumn, 17 * chars);
    view->setColumnWidth(NumberTableModel::ProblemsColumn,
                         std::max(ProblemsDelegate::fullWidth(view->fontMetrics()) / 2,
                                  header->fontMetrics().horizontalAdvance(
                                      m_model->headerData(NumberTableModel::ProblemsColumn, Qt::Horizontal).toString())
                                      + 3 * chars));
    view->setSortingEnabled(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the server's order until asked
    connect(header, &QHeaderView::sortIndicatorChanged, this, &NumbersPane::updateStatus);
    // Enter or a double click on a row: on to its configuration.
    connect(view, &QTableView::activated, this, [this] {
        if (m_form)
            m_form->focusFirstField();
    });

    setCreateAction(tr("&Buy numbers…"), tr("Search for numbers and buy them (%1)"),
                    DraftKind::Purchase, u"buyNumbersAction"_s);
    setRefreshToolTip(tr("Read the account's numbers again; what changed is updated (%1)"));

    m_releaseAction = new QAction(Icons::themed(u"edit-delete"_s, u"edit-delete"_s), tr("R&elease…"), this);
    m_releaseAction->setObjectName(u"releaseAction"_s);
    m_releaseAction->setShortcut(QKeySequence::Delete);
    m_releaseAction->setToolTip(tr("Give the selected number back to the provider (%1)")
                                    .arg(m_releaseAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_releaseAction, &QAction::triggered, this, &NumbersPane::releaseSelected);
    setSelectionActions({m_releaseAction});

    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(u"numberFilter"_s);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setPlaceholderText(tr("Filter by number, name, region, URL or SID (%1)")
                                         .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_textFilter->setToolTip(tr("Digits find numbers (415, 5550); words find names, regions, webhooks and SIDs."));
    m_textFilter->setAccessibleName(tr("Filter numbers"));
    m_textFilter->addAction(QIcon::fromTheme(u"edit-find"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                            QLineEdit::LeadingPosition);
    connect(m_textFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_textFilter, &QLineEdit::returnPressed, this, &NumbersPane::applyFilter);

    m_showFilter = new QComboBox(this);
    m_showFilter->setObjectName(u"problemFilter"_s);
    m_showFilter->addItem(tr("All numbers"), 0u);
    m_showFilter->addItem(tr("With any problem"), ~0u);
    for (NumberChecks::Problem p : NumberChecks::all())
        m_showFilter->addItem(Icons::icon(NumberChecks::iconName(p)), NumberChecks::title(p), quint32(p));
    m_showFilter->setToolTip(tr("Show only the numbers with this problem"));
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_showFilter);

    m_capabilityFilter = new QComboBox(this);
    m_capabilityFilter->setObjectName(u"capabilityFilter"_s);
    m_capabilityFilter->addItem(tr("Any capability"), 0);
    m_capabilityFilter->addItem(tr("Voice"), int(NumberRow::Voice));
    m_capabilityFilter->addItem(tr("SMS"), int(NumberRow::Sms));
    m_capabilityFilter->addItem(tr("MMS"), int(NumberRow::Mms));
    m_capabilityFilter->addItem(tr("Fax"), int(NumberRow::Fax));
    m_capabilityFilter->setToolTip(tr("Show only the numbers that can do this"));
    m_capabilityFilter->setAccessibleName(tr("Capability"));

    m_regionFilter = new QComboBox(this);
    m_regionFilter->setObjectName(u"regionFilter"_s);
    m_regionFilter->setToolTip(tr("Show only the numbers from this region"));
    m_regionFilter->setAccessibleName(tr("Region"));
    // The text filter keeps the room: the lists show what is chosen, their popups the rest.
    for (QComboBox *box : {m_showFilter, m_regionFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(13);
    }
    for (QComboBox *box : {m_showFilter, m_capabilityFilter, m_regionFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &NumbersPane::applyFilter);

    addFilterWidget(m_textFilter, 1);
    addFilterWidget(showLabel);
    addFilterWidget(m_showFilter);
    addFilterWidget(m_capabilityFilter);
    addFilterWidget(m_regionFilter);
    setFindTarget(m_textFilter);
    setTabOrder(m_textFilter, m_showFilter);
    setTabOrder(m_showFilter, m_capabilityFilter);
    setTabOrder(m_capabilityFilter, m_regionFilter);
    setTabOrder(m_regionFilter, view);

    const auto copyField = [this](const QString &text, const QString &name, auto field) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, field] {
            if (const std::optional<IncomingNumber> n = currentNumber())
                QApplication::clipboard()->setText(field(*n));
        });
        return action;
    };
    setContextActions({copyField(tr("Copy &number"), u"copyNumberAction"_s,
                                 [](const IncomingNumber &n) { return n.phoneNumber; }),
                       copyField(tr("Copy &SID"), u"copySidAction"_s,
                                 [](const IncomingNumber &n) { return n.sid; })});

    detailStack()->setObjectName(u"numberDetail"_s);
    showDetailPlaceholder(tr("Select a number to see and change its configuration."));
    setDetailWidths(300, 440);

    // The summary: counted only while its charts are on screen (eventFilter()).
    m_summary = new NumberSummary(m_model, this);
    m_summary->setActive(false);
    m_summaryView = new NumberSummaryView(m_summary, this);
    m_summaryView->setEmptyText(tr("Loading numbers…"));
    m_summaryView->setVisible(false);
    m_summaryView->installEventFilter(this);
    addAboveList(m_summaryView);
    connect(m_summaryView, &NumberSummaryView::barClicked, this, &NumbersPane::showSummaryBar);
    connect(m_proxy, &NumberFilterModel::filterChanged, this,
            [this] { m_summaryView->setActiveFilter(m_proxy->filter()); });
    connect(m_model, &ListModel::loadingChanged, this, [this](bool loading) {
        m_summaryView->setEmptyText(loading ? tr("Loading numbers…") : tr("This account has no numbers yet."));
    });

    m_summaryAction = new QAction(Icons::icon(u"view-summary"_s), tr("S&ummary"), this);
    m_summaryAction->setObjectName(u"summaryAction"_s);
    m_summaryAction->setCheckable(true);
    m_summaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_summaryAction->setToolTip(tr("Show the numbers counted by area code, capability and problem; "
                                   "click a bar to list its numbers (%1)")
                                    .arg(m_summaryAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_summaryAction); // the shortcut works while the pane is shown
    connect(m_summaryAction, &QAction::toggled, this, &NumbersPane::setSummaryShown);
    QSettings *settings = TableBehaviour::settings();
    m_summaryAction->setChecked(settings && settings->value(SummaryShownKey, false).toBool());
}

PaneActions NumbersPane::paneActions() const
{
    PaneActions actions = ListPane::paneActions();
    actions.other = {m_summaryAction};
    return actions;
}

void NumbersPane::setSummaryShown(bool shown)
{
    if (m_summaryAction->isChecked() != shown) {
        m_summaryAction->setChecked(shown); // toggled() comes back here
        return;
    }
    m_summaryView->setVisible(shown);
    if (QSettings *settings = TableBehaviour::settings())
        settings->setValue(SummaryShownKey, shown);
}

bool NumbersPane::eventFilter(QObject *watched, QEvent *event)
{
    // Counting follows what is on screen: the toggle, and the pane itself (another section shown).
    if (watched == m_summaryView && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_summary->setActive(event->type() == QEvent::Show);
    return ListPane::eventFilter(watched, event);
}

void NumbersPane::showSummaryBar(const NumberSummaryBar &bar)
{
    // Other selects no filter: its bar only tells how many numbers are elsewhere.
    if (!bar.isFilterable())
        return;
    const NumberViewFilter wanted = bar.filter();
    const bool again = m_proxy->filter() == wanted;
    // The pane's own filter widgets say what the table shows, so the user sees and clears it
    // as any filter: every other one is cleared, the bar's one set.
    const QSignalBlocker a(m_textFilter), b(m_showFilter), c(m_capabilityFilter), d(m_regionFilter);
    m_textFilter->clear();
    m_showFilter->setCurrentIndex(0);
    m_capabilityFilter->setCurrentIndex(0);
    m_regionFilter->setCurrentIndex(0);
    if (!again) {
        m_textFilter->setText(wanted.text);
        if (wanted.problems)
            m_showFilter->setCurrentIndex(std::max(0, m_showFilter->findData(wanted.problems)));
        if (wanted.capabilities)
            m_capabilityFilter->setCurrentIndex(std::max(0, m_capabilityFilter->findData(int(wanted.capabilities))));
        if (!wanted.region.isEmpty())
            m_regionFilter->setCurrentIndex(std::max(0, m_regionFilter->findData(wanted.region)));
    }
    applyFilter();
}

void NumbersPane::fillRegions()
{
    // The regions the account's numbers are in, by how many numbers each has.
    QHash<quint32, int> counts;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ++counts[m_model->rowAt(r).field(NumberField::Region)];
    counts.remove(0);
    QList<std::pair<int, QString>> regions;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        regions.append({it.value(), m_model->pool().at(it.key())});
    std::sort(regions.begin(), regions.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const QString current = m_regionFilter->currentData().toString();
    const QSignalBlocker quiet(m_regionFilter);
    m_regionFilter->clear();
    m_regionFilter->addItem(tr("Every region"), QString());
    const QLocale locale;
    for (const auto &[count, region] : std::as_const(regions))
        m_regionFilter->addItem(tr("%1 (%2)").arg(region, locale.toString(count)), region);
    m_regionFilter->setCurrentIndex(std::max(0, m_regionFilter->findData(current)));
}

void NumbersPane::updateBanner()
{
    const QString asOf = m_model->cachedAt().isValid()
                             ? QLocale().toString(m_model->cachedAt(), QLocale::ShortFormat)
                             : QString();
    if (m_model->lastError().isError() && m_model->lastError().kind() != ApiError::Kind::Cancelled) {
        banner()->showMessage(m_model->isFromCache() && !asOf.isEmpty()
                                  ? tr("Offline: these are the numbers as of %1. %2").arg(asOf, m_model->lastError().displayText())
                                  : loadFailedText(m_model->lastError()),
                              MessageBanner::Type::Error, tr("&Retry"));
    } else if (m_model->isFromCache() && m_model->isLoading()) {
        banner()->showMessage(tr("These are the numbers as of %1; reading what changed since…").arg(asOf),
                              MessageBanner::Type::Information);
    } else if (!m_model->isLoading()) {
        banner()->hideMessage();
    }
}

int NumbersPane::preferredListWidth() const
{
    const TableBehaviour *behaviour = table();
    return behaviour ? behaviour->preferredWidth(NameChars * view()->fontMetrics().averageCharWidth()) : 0;
}

void NumbersPane::firstPageLoaded()
{
    // Columns as wide as what they hold, so a number or a date is never clipped (unless the
    // user's own widths came back); the friendly name takes the rest.
    if (TableBehaviour *behaviour = table(); behaviour && !behaviour->columnsRestored()) {
        const int most = 30 * view()->fontMetrics().averageCharWidth();
        for (int c : {NumberTableModel::NumberColumn, NumberTableModel::RegionColumn,
                      NumberTableModel::CapabilitiesColumn, NumberTableModel::VoiceColumn,
                      NumberTableModel::SmsColumn, NumberTableModel::EmergencyColumn,
                      NumberTableModel::CreatedColumn})
            behaviour->fitColumn(c, most);
    }
}

void NumbersPane::sharedWidth()
{
    // In a narrow window the handlers and regions give up room first (their tooltips say
    // the whole text), so the number, its name and problems show without sideways scrolling.
    if (TableBehaviour *behaviour = table()) {
        const int chars = view()->fontMetrics().averageCharWidth();
        behaviour->shareRoom({NumberTableModel::VoiceColumn, NumberTableModel::SmsColumn,
                              NumberTableModel::RegionColumn, NumberTableModel::CapabilitiesColumn},
                             7 * chars, NameChars * chars);
    }
}

void NumbersPane::aboutToReload()
{
    updateBanner();
}

void NumbersPane::applyFilter()
{
    m_filterTimer->stop();
    NumberViewFilter filter;
    filter.text = m_textFilter->text().trimmed();
    const quint32 problem = m_showFilter->currentData().toUInt();
    filter.problemsOnly = problem == ~0u;
    filter.problems = problem == ~0u ? 0 : problem;
    filter.capabilities = quint8(m_capabilityFilter->currentData().toInt());
    filter.region = m_regionFilter->currentData().toString();
    m_proxy->setFilter(filter);
    updateState();
}

bool NumbersPane::isFiltering() const
{
    return m_proxy->isFiltering();
}

void NumbersPane::clearFilter()
{
    const QSignalBlocker a(m_showFilter), b(m_capabilityFilter), c(m_regionFilter);
    m_textFilter->clear();
    m_showFilter->setCurrentIndex(0);
    m_capabilityFilter->setCurrentIndex(0);
    m_regionFilter->setCurrentIndex(0);
    applyFilter();
}

QString NumbersPane::loadFailedText(const ApiError &error) const
{
    return tr("Could not load the numbers. %1").arg(error.displayText());
}

QString NumbersPane::placeholderText(State state) const
{
    switch (state) {
    case State::Loading:
        return tr("Loading numbers…");
    case State::Failed:
        return tr("The numbers could not be loaded.");
    case State::Empty:
        return tr("This account has no numbers yet.");
    case State::Searching:
        return tr("No number read so far matches the filter; reading more…");
    case State::NoMatch:
        return tr("No number of this account matches the filter.");
    case State::Rows:
        break;
    }
    return {};
}

QString NumbersPane::statusText() const
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    QString text;
    if (!m_model->hasLoadedFirstPage() && m_model->isLoading()) {
        text = tr("Loading numbers…");
    } else if (isFiltering()) {
        text = tr("%1 matching of %n number(s)", nullptr, rows).arg(locale.toString(m_proxy->rowCount()));
    } else {
        text = tr("%n number(s)", nullptr, rows);
    }
    if (m_model->isLoading() && !m_model->isFromCache())
        text += u" · "_s + tr("more on the way");
    else if (m_model->cachedAt().isValid() && m_model->isFromCache())
        text += u" · "_s + tr("as of %1").arg(locale.toString(m_model->cachedAt(), QLocale::ShortFormat));
    if (!m_releases.isEmpty())
        text += u" · "_s + tr("releasing %n number(s)…", nullptr, int(m_releases.size()));
    return text;
}

std::optional<IncomingNumber> NumbersPane::currentNumber() const
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->numberAt(current.row());
}

bool NumbersPane::selectNumber(const QString &sid)
{
    return selectSourceRow(m_model->rowOf(sid));
}

void NumbersPane::currentChanged()
{
    updateReleaseAction();
    const std::optional<IncomingNumber> n = currentNumber();
    if (!n) {
        stopReadingCurrent();
        dropForm();
        return;
    }
    showForm(*n);
    readCurrentSoon(); // the list's copy now, the server's own a moment later
}

void NumbersPane::showForm(const IncomingNumber &number)
{
    if (m_form && m_form->sid() == number.sid) {
        m_form->setNumberInfo(number);
        return;
    }
    dropForm();
    NumberForm *form = nullptr;
    if (m_documents && m_drafts) {
        // Changes kept from before (the app closed, another number was selected meanwhile).
        Draft kept;
        for (const Draft &d : m_drafts->drafts()) {
            if (d.kind == DraftKind::NumberEdit && d.accountId == m_client->profile().id
                && d.state != OutboxState::Sent && d.payload.value(u"sid"_s).toString() == number.sid
                && (kept.isNull() || d.updatedAt > kept.updatedAt))
                kept = d;
        }
        if (!kept.isNull() && m_documents->openDocument(kept.id)) {
            showDetailPlaceholder(tr("Changes to %1 are open in their own tab.")
                                      .arg(formatPhoneNumber(number.phoneNumber)));
            return;
        }
        QWidget *document = kept.isNull() ? m_documents->openNew(DraftKind::NumberEdit, m_client)
                                          : m_documents->open(kept);
        form = qobject_cast<NumberForm *>(document);
        if (!form) {
            delete document;
            return;
        }
        if (kept.isNull())
            form->showNumber(number);
        else
            form->setNumberInfo(number);
    } else {
        form = new NumberForm(m_client->family());
        form->showNumber(number);
        form->setReadOnly(true, tr("Drafts cannot be kept on this computer, so changes to numbers "
                                   "cannot be saved safely."));
    }
    m_form = form;
    connect(form, &NumberForm::revertRequested, this, [this] {
        const std::optional<IncomingNumber> n = currentNumber();
        const QString id = m_documents ? m_documents->draftId(m_form) : QString();
        dropForm();
        if (!id.isEmpty() && m_drafts)
            m_drafts->remove(id);
        if (n)
            showForm(*n);
    });
    connect(form, &QObject::destroyed, this, [this] {
        // Closed elsewhere (its draft deleted from the Drafts section): show the number again.
        QTimer::singleShot(0, this, [this] {
            if (!m_form) {
                if (const auto n = currentNumber())
                    showForm(*n);
            }
        });
    });
    detailStack()->addWidget(form);
    detailStack()->setCurrentWidget(form);
}

void NumbersPane::dropForm()
{
    showDetailPlaceholder(tr("Select a number to see and change its configuration."));
    if (!m_form)
        return;
    NumberForm *form = m_form;
    m_form = nullptr;
    disconnect(form, nullptr, this, nullptr);
    detailStack()->removeWidget(form);
    const QString id = m_documents ? m_documents->draftId(form) : QString();
    if (m_documents) {
        m_documents->release(form); // saved, then the widget goes; the draft stays
        // An edit that changes nothing is not worth keeping in Drafts.
        const Draft d = m_drafts && !id.isEmpty() ? m_drafts->draft(id) : Draft();
        if (!d.isNull() && d.isEditable() && !NumberEditDraft::fromJson(d.payload).hasChanges())
            m_drafts->remove(id);
    } else {
        form->hide();
        form->deleteLater();
    }
}

void NumbersPane::readCurrent()
{
    const std::optional<IncomingNumber> n = currentNumber();
    if (!n)
        return;
    refreshNumber(n->sid, false);
}

void NumbersPane::refreshNumber(const QString &sid, bool restartEdit)
{
    if (m_readJob)
        m_readJob->cancel();
    m_readJob = m_numbers.get(sid);
    const ApiFamily family = m_client->family();
    connect(m_readJob, &ApiJob::finished, this, [this, sid, family, restartEdit](const ApiResult &result) {
        m_readJob = nullptr;
        if (result.error.kind() == ApiError::Kind::Cancelled)
            return;
        IncomingNumber fresh;
        const ApiError error = NumbersClient::parseNumber(result, family, &fresh);
        if (error.isError()) {
            if (error.httpStatus() == 404) {
                m_model->removeNumber(sid);
                banner()->showMessage(tr("A number is no longer on the account; it was taken "
                                         "off the list."),
                                      MessageBanner::Type::Information);
            }
            return;
        }
        m_model->updateNumber(fresh);
        if (!m_form || m_form->sid() != sid)
            return;
        const bool bound = m_documents && !m_documents->draftId(m_form).isEmpty();
        if (restartEdit || !bound || !m_form->hasChanges()) {
            if (restartEdit) {
                dropForm();
                showForm(fresh);
                if (m_form)
                    m_form->submissionBanner()->showMessage(
                        tr("Saved on the server at %1.")
                            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                        MessageBanner::Type::Positive);
            } else {
                m_form->showNumber(fresh);
            }
        } else {
            m_form->setNumberInfo(fresh);
        }
    });
}

void NumbersPane::draftSent(const Draft &draft)
{
    if (draft.kind == DraftKind::NumberRelease) {
        // Sent by this pane or from Drafts (a release made offline, or before a restart).
        onReleaseChanged(draft.id);
        const NumberRelease release = NumberRelease::fromJson(draft.payload);
        if (m_model->rowOf(release.sid) >= 0) {
            if (m_form && m_form->sid() == release.sid)
                dropForm();
            m_model->removeNumber(release.sid);
            banner()->showMessage(tr("%1 was released.").arg(formatPhoneNumber(release.phoneNumber)),
                                  MessageBanner::Type::Positive);
        }
        return;
    }
    if (draft.kind == DraftKind::NumberEdit) {
        const QString sid = draft.payload.value(u"sid"_s).toString();
        const bool editing = m_form && m_documents && m_documents->draftId(m_form) == draft.id;
        if (editing || m_model->rowOf(sid) >= 0)
            refreshNumber(sid, editing);
        return;
    }
    if (draft.kind != DraftKind::Purchase)
        return;
    // Every number the cart bought so far joins the list (read back from the server).
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const ApiFamily family = m_client->family();
    for (const PurchaseItem &item : cart.items) {
        if (item.state != PurchaseItem::State::Bought || item.sid.isEmpty()
            || m_model->rowOf(item.sid) >= 0)
            continue;
        ApiJob *job = m_numbers.get(item.sid);
        connect(job, &ApiJob::finished, this, [this, family](const ApiResult &result) {
            IncomingNumber bought;
            if (!NumbersClient::parseNumber(result, family, &bought).isError()
                && m_model->rowOf(bought.sid) < 0)
                m_model->addNumber(bought);
        });
    }
}

void NumbersPane::buyNumbers()
{
    emit newDocumentRequested(DraftKind::Purchase);
}

QString NumbersPane::releaseQuestion(const IncomingNumber &n) const
{
    const QString account = m_account ? m_account->displayName() : m_client->profile().displayName;
    const QString number = formatPhoneNumber(n.phoneNumber);
    const QString name = n.friendlyName();
    if (name.isEmpty() || name == number || name == n.phoneNumber)
        return tr("Release %1 from “%2”?").arg(number, account);
    return tr("Release %1 (“%2”) from “%3”?").arg(number, name, account);
}

QString NumbersPane::releaseDetails(const IncomingNumber &n) const
{
    // One whole sentence for each thing that stops working, so each reads well in any language.
    QStringList stops;
    if (n.voice) {
        if (const QString trunk = n.value(u"TrunkSid"_s); !trunk.isEmpty())
            stops << tr("Calls to it stop reaching trunk %1.").arg(trunk);
        else if (const QString app = n.value(u"VoiceApplicationSid"_s); !app.isEmpty())
            stops << tr("Calls to it stop reaching application %1.").arg(app);
        else if (const QString url = n.value(u"VoiceUrl"_s); !url.isEmpty())
            stops << tr("Calls to it stop reaching %1.").arg(url);
        else
            stops << tr("It can no longer receive or make calls.");
    }
    if (n.sms) {
        if (const QString app = n.value(u"SmsApplicationSid"_s); !app.isEmpty())
            stops << tr("Messages to it stop reaching application %1.").arg(app);
        else if (const QString url = n.value(u"SmsUrl"_s); !url.isEmpty())
            stops << tr("Messages to it stop reaching %1.").arg(url);
        else
            stops << tr("It can no longer send or receive messages.");
    }
    if (n.isEmergencyActive())
        stops << tr("Emergency calling from it ends.");
    if (stops.isEmpty())
        stops << tr("It leaves the account.");
    QString text = u"• "_s + stops.join(u"\n• "_s);
    text += u"\n\n"_s + tr("The number goes back to %1 and may be bought by someone else. This cannot be undone.")
                             .arg(providerName(m_client->family()));
    if (!m_client->profile().sandbox) {
        text += u"\n\n"_s + tr("“%1” is a live account: the number is released for real.")
                                 .arg(m_account ? m_account->displayName() : m_client->profile().displayName);
    }
    return text;
}

bool NumbersPane::isReleasing(const QString &sid) const
{
    for (auto it = m_releases.cbegin(); it != m_releases.cend(); ++it) {
        if (it.value() == sid)
            return true;
    }
    return false;
}

void NumbersPane::updateReleaseAction()
{
    const std::optional<IncomingNumber> n = currentNumber();
    m_releaseAction->setEnabled(n && !isReleasing(n->sid) && !m_confirm);
}

void NumbersPane::releaseSelected()
{
    const std::optional<IncomingNumber> n = currentNumber();
    if (!n || isReleasing(n->sid) || m_confirm)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Release %1?").arg(formatPhoneNumber(n->phoneNumber)),
                                releaseQuestion(*n), QMessageBox::NoButton, this);
    box->setObjectName(u"releaseConfirmation"_s);
    box->setInformativeText(releaseDetails(*n));
    QPushButton *release = box->addButton(tr("&Release number"), QMessageBox::DestructiveRole);
    release->setObjectName(u"confirmRelease"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    updateReleaseAction();
    const IncomingNumber number = *n;
    connect(box, &QMessageBox::buttonClicked, this, [this, release, number](QAbstractButton *button) {
        if (button == release)
            this->release(number);
    });
    connect(box, &QObject::destroyed, this, &NumbersPane::updateReleaseAction);
    box->open();
}

void NumbersPane::release(const IncomingNumber &number)
{
    const QString shown = formatPhoneNumber(number.phoneNumber);
    if (!m_drafts || !m_documents) {
        banner()->showMessage(tr("%1 was not released: drafts cannot be kept on this computer, so "
                                 "a release cannot be sent safely.").arg(shown),
                              MessageBanner::Type::Error);
        return;
    }
    // A release is a draft sent through the outbox, which checks the server after a lost
    // answer before anything is sent again, and sends it later when the server is away.
    const NumberRelease release{number.sid, number.phoneNumber};
    const Draft draft = m_drafts->create(DraftKind::NumberRelease, m_client->profile().id,
                                         release.title(), release.toJson(), true);
    if (draft.isNull()) {
        banner()->showMessage(tr("%1 was not released: the release could not be saved (%2).")
                                  .arg(shown, m_drafts->errorString()),
                              MessageBanner::Type::Error);
        return;
    }
    m_releases.insert(draft.id, number.sid);
    QString why;
    if (!m_documents->submitDraft(draft.id, &why)) {
        m_releases.remove(draft.id);
        m_drafts->remove(draft.id);
        banner()->showMessage(tr("%1 was not released: %2").arg(shown, why), MessageBanner::Type::Error);
        emit releaseFinished(number.phoneNumber, false, why);
        return;
    }
    qCInfo(lcNumbersUi) << "release queued";
    updateReleaseAction();
    updateStatus();
}

void NumbersPane::onReleaseChanged(const QString &draftId)
{
    if (!m_releases.contains(draftId) || !m_drafts)
        return;
    const Draft draft = m_drafts->draft(draftId);
    const NumberRelease release = NumberRelease::fromJson(draft.payload);
    const QString shown = formatPhoneNumber(release.phoneNumber);
    switch (draft.state) {
    case OutboxState::Sent:
        m_releases.remove(draftId);
        qCInfo(lcNumbersUi) << "released a number";
        if (m_form && m_form->sid() == release.sid)
            dropForm();
        if (m_model->removeNumber(release.sid))
            banner()->showMessage(tr("%1 was released.").arg(shown), MessageBanner::Type::Positive);
        emit releaseFinished(release.phoneNumber, true, {});
        break;
    case OutboxState::Rejected:
    case OutboxState::Editing:
    case OutboxState::Undecided:
        m_releases.remove(draftId);
        banner()->showMessage(tr("%1 was not released: %2").arg(shown, draft.errorMessage),
                              MessageBanner::Type::Error);
        emit releaseFinished(release.phoneNumber, false, draft.errorMessage);
        break;
    case OutboxState::Unknown:
        banner()->showMessage(tr("The server did not answer; Switchboard is checking whether %1 "
                                 "was released before it asks again.").arg(shown),
                              MessageBanner::Type::Warning);
        break;
    case OutboxState::Queued:
        if (!draft.errorMessage.isEmpty()) {
            banner()->showMessage(tr("%1 is released as soon as the server can be reached (%2). "
                                     "It waits in Drafts meanwhile.").arg(shown, draft.errorMessage),
                                  MessageBanner::Type::Warning);
        }
        break;
    case OutboxState::Sending:
        break;
    }
    updateReleaseAction();
    updateStatus();
}

