#include "numberspane.h"

#include "api/account.h"
#include "api/accountclient.h"
#include "api/apijob.h"
#include "documentdrafts.h"
#include "drafts/draft.h"
#include "drafts/draftstore.h"
#include "icons.h"
#include "numberform.h"
#include "numbers/numbereditdraft.h"
#include "numbers/numberlistmodel.h"
#include "numbers/numberrelease.h"
#include "numbers/purchasedraft.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
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
} // namespace

NumbersPane::NumbersPane(Account *account, AccountClient *client, DraftStore *drafts,
                         DocumentDrafts *documents, QWidget *parent)
    : ListPane(new NumberListModel(client), new QSortFilterProxyModel, parent)
    , m_account(account)
    , m_client(client)
    , m_numbers(client)
    , m_drafts(drafts)
    , m_documents(documents)
    , m_model(static_cast<NumberListModel *>(listModel()))
    , m_proxy(static_cast<QSortFilterProxyModel *>(proxyModel()))
{
    setObjectName(u"numbersPane"_s);
    m_proxy->setSortRole(NumberListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400); // the server is asked once the user pauses
    connect(m_filterTimer, &QTimer::timeout, this, &NumbersPane::applyFilter);
    buildUi();
    if (m_drafts)
        connect(m_drafts, &DraftStore::draftChanged, this, &NumbersPane::onReleaseChanged);
    startLoading();
}

NumbersPane::~NumbersPane()
{
    if (m_form && m_documents)
        m_documents->release(m_form);
}

void NumbersPane::buildUi()
{
    QTableView *view = setUpTable(u"numberTable"_s, u"numbers"_s, NumberListModel::SidRole);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(NumberListModel::FriendlyNameColumn, QHeaderView::Stretch);
    const int chars = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(NumberListModel::NumberColumn, 17 * chars);
    view->setColumnWidth(NumberListModel::VoiceColumn, 17 * chars);
    view->setColumnWidth(NumberListModel::SmsColumn, 17 * chars);
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
    setRefreshToolTip(tr("Load the account's numbers again (%1)"));

    m_releaseAction = new QAction(Icons::themed(u"edit-delete"_s, u"edit-delete"_s), tr("R&elease…"), this);
    m_releaseAction->setObjectName(u"releaseAction"_s);
    m_releaseAction->setShortcut(QKeySequence::Delete);
    m_releaseAction->setToolTip(tr("Give the selected number back to the provider (%1)")
                                    .arg(m_releaseAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_releaseAction, &QAction::triggered, this, &NumbersPane::releaseSelected);
    setSelectionActions({m_releaseAction});

    m_numberFilter = new QLineEdit(this);
    m_numberFilter->setObjectName(u"numberFilter"_s);
    m_numberFilter->setClearButtonEnabled(true);
    m_numberFilter->setPlaceholderText(tr("Number contains, e.g. 415 or 555*12 (%1)")
                                           .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_numberFilter->setToolTip(tr("Asks the server for the numbers containing these digits; * stands for any one digit."));
    m_numberFilter->setAccessibleName(tr("Filter by number"));
    m_numberFilter->addAction(QIcon::fromTheme(u"edit-find"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                              QLineEdit::LeadingPosition);
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(u"nameFilter"_s);
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setPlaceholderText(tr("Friendly name contains"));
    m_nameFilter->setAccessibleName(tr("Filter by friendly name"));
    for (QLineEdit *edit : {m_numberFilter, m_nameFilter}) {
        connect(edit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &NumbersPane::applyFilter);
    }
    addFilterWidget(m_numberFilter, 3);
    addFilterWidget(m_nameFilter, 2);
    setFindTarget(m_numberFilter);
    setTabOrder(m_numberFilter, m_nameFilter);
    setTabOrder(m_nameFilter, view);

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
}

int NumbersPane::preferredListWidth() const
{
    const TableBehaviour *behaviour = table();
    return behaviour ? behaviour->preferredWidth(16 * view()->fontMetrics().averageCharWidth()) : 0;
}

void NumbersPane::firstPageLoaded()
{
    // Columns as wide as what they hold, so a number or a date is never clipped (unless the
    // user's own widths came back); the friendly name takes the rest.
    if (TableBehaviour *behaviour = table(); behaviour && !behaviour->columnsRestored()) {
        const int most = 30 * view()->fontMetrics().averageCharWidth();
        for (int c : {NumberListModel::NumberColumn, NumberListModel::CapabilitiesColumn,
                      NumberListModel::VoiceColumn, NumberListModel::SmsColumn,
                      NumberListModel::EmergencyColumn, NumberListModel::CreatedColumn})
            behaviour->fitColumn(c, most);
    }
}

void NumbersPane::sharedWidth()
{
    // In a narrow window the handlers give up room first (their tooltips say the whole
    // URL), so the number, its capabilities and dates show without sideways scrolling.
    if (TableBehaviour *behaviour = table()) {
        const int chars = view()->fontMetrics().averageCharWidth();
        behaviour->shareRoom({NumberListModel::VoiceColumn, NumberListModel::SmsColumn}, 9 * chars,
                             12 * chars);
    }
}

void NumbersPane::applyFilter()
{
    m_filterTimer->stop();
    const NumberFilter filter{m_numberFilter->text().trimmed(), m_nameFilter->text().trimmed()};
    if (filter == m_model->filter())
        return;
    beginLoad();
    m_model->setFilter(filter);
    updateState();
}

bool NumbersPane::isFiltering() const
{
    return !m_model->filter().isEmpty();
}

void NumbersPane::clearFilter()
{
    m_numberFilter->clear();
    m_nameFilter->clear();
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
        return isFiltering() ? tr("Asking the server for matching numbers…") : tr("Loading numbers…");
    case State::Failed:
        return tr("The numbers could not be loaded.");
    case State::Empty:
        return tr("This account has no numbers yet.");
    case State::Searching:
        return tr("Asking the server for matching numbers…");
    case State::NoMatch:
        return tr("No number of this account matches the filter.");
    case State::Rows:
        break;
    }
    return {};
}

QString NumbersPane::statusText() const
{
    const int loaded = m_model->rowCount();
    QString text;
    if (!m_model->hasLoadedFirstPage() && m_model->isLoading()) {
        text = tr("Loading numbers…");
    } else if (m_model->isAtEnd()) {
        text = isFiltering() ? tr("%n matching number(s)", nullptr, loaded)
                             : tr("%n number(s)", nullptr, loaded);
    } else {
        text = tr("%n number(s) loaded, more as you scroll", nullptr, loaded);
        if (view()->horizontalHeader()->sortIndicatorSection() >= 0)
            text += u" · "_s + tr("sorted among those loaded");
    }
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

