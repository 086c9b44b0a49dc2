#include "numberspane.h"

#include "api/account.h"
#include "api/accountclient.h"
#include "api/apijob.h"
#include "documentdrafts.h"
#include "icons.h"
#include "drafts/draft.h"
#include "drafts/draftstore.h"
#include "numberform.h"
#include "numbers/numbereditdraft.h"
#include "numbers/numberlistmodel.h"
#include "numbers/purchasedraft.h"
#include "widgets/filterbox.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"
#include "widgets/colors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNumbersUi, "switchboard.ui.numbers")

namespace {
enum StackPage { TablePage, PlaceholderPage };

QString providerName(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? u"SignalWire"_s : u"Twilio"_s;
}
} // namespace

NumbersPane::NumbersPane(Account *account, AccountClient *client, DraftStore *drafts,
                         DocumentDrafts *documents, QWidget *parent)
    : SectionPane(parent)
    , m_account(account)
    , m_client(client)
    , m_numbers(client)
    , m_drafts(drafts)
    , m_documents(documents)
    , m_model(new NumberListModel(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"numbersPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NumberListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400); // the server is asked once the user pauses
    connect(m_filterTimer, &QTimer::timeout, this, &NumbersPane::applyFilter);
    m_selectTimer = new QTimer(this);
    m_selectTimer->setSingleShot(true);
    m_selectTimer->setInterval(250); // arrowing through the list reads only where it stops
    connect(m_selectTimer, &QTimer::timeout, this, &NumbersPane::readSelected);
    buildUi();

    connect(m_model, &PagedListModel::pageLoaded, this, &NumbersPane::onPageLoaded);
    connect(m_model, &PagedListModel::loadFailed, this, &NumbersPane::onPageFailed);
    connect(m_model, &PagedListModel::loadingChanged, this, &NumbersPane::updateState);
    connect(m_model, &PagedListModel::totalCountChanged, this, &NumbersPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NumbersPane::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &NumbersPane::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NumbersPane::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NumbersPane::onCurrentChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &NumbersPane::fetchMoreIfNeeded);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &NumbersPane::updateStatus);
    // Enter or a double click on a row: on to its configuration.
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_form)
            m_form->focusFirstField();
    });

    m_loaded = false;
    m_awaitingFirstPage = true;
    m_model->fetchMore({});
    updateState();
}

NumbersPane::~NumbersPane()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    if (m_form && m_documents)
        m_documents->release(m_form);
}

void NumbersPane::buildUi()
{
    m_buyAction = new QAction(Icons::themed(u"document-new"_s, u"document-new"_s),
                              tr("&Buy numbers…"), this);
    m_buyAction->setObjectName(u"buyNumbersAction"_s);
    m_buyAction->setShortcut(QKeySequence::New);
    m_buyAction->setToolTip(tr("Search for numbers and buy them (%1)")
                                .arg(m_buyAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_buyAction, &QAction::triggered, this, &NumbersPane::buyNumbers);

    m_refreshAction = new QAction(Icons::themed(u"view-refresh"_s, u"view-refresh"_s),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the account's numbers again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &NumbersPane::reload);

    m_releaseAction = new QAction(Icons::themed(u"edit-delete"_s, u"edit-delete"_s),
                                  tr("R&elease…"), this);
    m_releaseAction->setObjectName(u"releaseAction"_s);
    m_releaseAction->setShortcut(QKeySequence::Delete);
    m_releaseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_releaseAction->setToolTip(tr("Give the selected number back to the provider (%1)")
                                    .arg(m_releaseAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_releaseAction, &QAction::triggered, this, &NumbersPane::releaseSelected);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_numberFilter->setFocus(Qt::ShortcutFocusReason);
        m_numberFilter->selectAll();
    });
    addActions({m_buyAction, m_refreshAction, m_findAction});

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
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_numberFilter, 3);
    filterBar->addWidget(m_nameFilter, 2);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"paneBanner"_s);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        m_banner->hideMessage();
        if (m_model->lastError().isError()) {
            if (m_model->rowCount() == 0)
                m_awaitingFirstPage = true;
            m_model->retry();
        }
        updateState();
    });

    m_view = new QTableView(this);
    m_view->setObjectName(u"numberTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->addAction(m_releaseAction);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NumberListModel::FriendlyNameColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Widths from what the columns hold, so a number or a date is never clipped; the friendly
    // name takes the rest, and the detail pane gives way first.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.averageCharWidth() + 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin);
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->fontMetrics().horizontalAdvance(
                        m_model->headerData(column, Qt::Horizontal).toString())
                    + 2 * fm.averageCharWidth(); // room for the sort arrow
        for (const QString &sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + pad);
    };
    fit(NumberListModel::NumberColumn, {u"+1 (888) 888-8888"_s});
    fit(NumberListModel::CapabilitiesColumn, {tr("Voice") + u" · "_s + tr("SMS") + u" · "_s + tr("MMS")});
    fit(NumberListModel::EmergencyColumn, {tr("Inactive")});
    fit(NumberListModel::CreatedColumn, {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
    m_view->setColumnWidth(NumberListModel::VoiceColumn, 17 * fm.averageCharWidth());
    m_view->setColumnWidth(NumberListModel::SmsColumn, 17 * fm.averageCharWidth());
    m_view->setSortingEnabled(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the server's order until asked

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
    m_busy->setAccessibleName(tr("Loading numbers"));
    m_placeholderButton = new QPushButton(placeholderPage);
    m_placeholderButton->setObjectName(u"placeholderButton"_s);
    connect(m_placeholderButton, &QPushButton::clicked, this, [this] {
        if (!m_model->filter().isEmpty()) {
            m_numberFilter->clear();
            m_nameFilter->clear();
            applyFilter();
        } else {
            buyNumbers();
        }
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

    m_detail = new QStackedWidget(this);
    m_detail->setObjectName(u"numberDetail"_s);
    m_detailEmpty = new QLabel(tr("Select a number to see and change its configuration."), m_detail);
    m_detailEmpty->setObjectName(u"detailPlaceholder"_s);
    Colors::setMuted(m_detailEmpty);
    m_detailEmpty->setAlignment(Qt::AlignCenter);
    m_detailEmpty->setWordWrap(true);
    m_detailEmpty->setMargin(12);
    m_detail->addWidget(m_detailEmpty);
    m_detail->setMinimumWidth(300);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"numbersSplitter"_s);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    m_splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    setTabOrder(m_numberFilter, m_nameFilter);
    setTabOrder(m_nameFilter, m_view);

    // Tab leaves the table, the columns are remembered, the selection survives a reload.
    auto *table = TableBehaviour::setUp(m_view, u"numbers"_s);
    table->setKeyRole(NumberListModel::SidRole);
    const auto copyField = [this](const QString &text, const QString &name, auto field) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, field] {
            if (const std::optional<IncomingNumber> n = currentNumber())
                QApplication::clipboard()->setText(field(*n));
        });
        return action;
    };
    QAction *copyNumber = copyField(tr("Copy &number"), u"copyNumberAction"_s,
                                    [](const IncomingNumber &n) { return n.phoneNumber; });
    QAction *copySid = copyField(tr("Copy &SID"), u"copySidAction"_s,
                                 [](const IncomingNumber &n) { return n.sid; });
    table->setContextActions({copyNumber, copySid, nullptr, m_releaseAction, m_refreshAction});
    FilterBox::attach(m_numberFilter, m_view);
    FilterBox::attach(m_nameFilter, m_view);
}

QList<QAction *> NumbersPane::toolBarActions() const
{
    return {m_buyAction, m_refreshAction, m_releaseAction};
}

int NumbersPane::preferredTableWidth() const
{
    int width = m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        width += c == NumberListModel::FriendlyNameColumn
                     ? 16 * m_view->fontMetrics().averageCharWidth()
                     : m_view->columnWidth(c);
    }
    return width;
}

void NumbersPane::resizeEvent(QResizeEvent *event)
{
    SectionPane::resizeEvent(event);
    if (m_userSized)
        return;
    // The table keeps the width its columns need; the detail pane gives way first, down to
    // its minimum, and takes what is left over up to a comfortable width.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int minDetail = m_detail->minimumWidth();
    const int detail = std::clamp(total - preferredTableWidth(), minDetail, std::max(minDetail, 440));
    m_splitter->setSizes({total - detail, detail});
}

void NumbersPane::applyFilter()
{
    m_filterTimer->stop();
    const NumberFilter filter{m_numberFilter->text().trimmed(), m_nameFilter->text().trimmed()};
    if (filter == m_model->filter())
        return;
    m_awaitingFirstPage = true;
    m_banner->hideMessage();
    m_model->setFilter(filter);
    updateState();
}

void NumbersPane::reload()
{
    m_loaded = false;
    m_awaitingFirstPage = true;
    m_banner->hideMessage();
    const QString keep = currentNumber() ? currentNumber()->sid : QString();
    m_model->reload();
    updateState();
    if (!keep.isEmpty()) {
        // Select the same number again once its page is back.
        auto *once = new QObject(this);
        connect(m_model, &PagedListModel::pageLoaded, once, [this, keep, once] {
            if (selectNumber(keep) || !m_model->canFetchMore({}))
                once->deleteLater();
        });
    }
}

void NumbersPane::onPageLoaded()
{
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        if (!m_loaded) {
            m_loaded = true;
            emit loadFinished(true, {});
        }
        if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            const QModelIndex first = m_proxy->index(0, 0);
            m_view->selectionModel()->setCurrentIndex(
                first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateState();
    QTimer::singleShot(0, this, &NumbersPane::fetchMoreIfNeeded);
}

void NumbersPane::onPageFailed(const ApiError &error)
{
    const QString message = tr("Could not load the numbers. %1").arg(error.displayText());
    m_banner->showMessage(message, MessageBanner::Type::Error, tr("&Retry"));
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        if (!m_loaded) {
            m_loaded = true;
            emit loadFinished(false, message);
        }
    }
    updateState();
}

void NumbersPane::fetchMoreIfNeeded()
{
    if (!isVisible() || !m_model->canFetchMore({}) || m_model->isLoading())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (m_view->isVisible() && bar->value() >= bar->maximum() - bar->pageStep())
        m_model->fetchMore({});
}

std::optional<IncomingNumber> NumbersPane::currentNumber() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(NumberListModel::NumberRole).value<IncomingNumber>();
}

bool NumbersPane::selectNumber(const QString &sid)
{
    const int row = m_model->rowOf(sid);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void NumbersPane::onCurrentChanged()
{
    const std::optional<IncomingNumber> n = currentNumber();
    m_releaseAction->setEnabled(n.has_value() && m_releasing.isEmpty());
    if (!n) {
        m_selectTimer->stop();
        dropForm();
        return;
    }
    showForm(*n);
    m_selectTimer->start(); // the list's copy now, the server's own a moment later
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
            m_detailEmpty->setText(tr("Changes to %1 are open in their own tab.").arg(number.phoneNumber));
            m_detail->setCurrentWidget(m_detailEmpty);
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
    m_detail->addWidget(form);
    m_detail->setCurrentWidget(form);
}

void NumbersPane::dropForm()
{
    m_detailEmpty->setText(tr("Select a number to see and change its configuration."));
    if (!m_form) {
        m_detail->setCurrentWidget(m_detailEmpty);
        return;
    }
    NumberForm *form = m_form;
    m_form = nullptr;
    disconnect(form, nullptr, this, nullptr);
    m_detail->removeWidget(form);
    m_detail->setCurrentWidget(m_detailEmpty);
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

void NumbersPane::readSelected()
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
                m_banner->showMessage(tr("A number is no longer on the account; it was taken "
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
                && m_model->rowOf(bought.sid) < 0) {
                m_model->addNumber(bought);
                updateState();
            }
        });
    }
}

void NumbersPane::buyNumbers()
{
    emit newDocumentRequested(DraftKind::Purchase);
}

QString NumbersPane::releaseQuestion(const IncomingNumber &n) const
{
    QStringList stops;
    if (n.voice) {
        if (!n.value(u"TrunkSid"_s).isEmpty())
            stops << tr("calls to it stop reaching trunk %1").arg(n.value(u"TrunkSid"_s));
        else if (!n.value(u"VoiceApplicationSid"_s).isEmpty())
            stops << tr("calls to it stop reaching application %1").arg(n.value(u"VoiceApplicationSid"_s));
        else if (!n.value(u"VoiceUrl"_s).isEmpty())
            stops << tr("calls to it stop reaching %1").arg(n.value(u"VoiceUrl"_s));
        else
            stops << tr("it can no longer receive or make calls");
    }
    if (n.sms) {
        if (!n.value(u"SmsApplicationSid"_s).isEmpty())
            stops << tr("messages to it stop reaching application %1").arg(n.value(u"SmsApplicationSid"_s));
        else if (!n.value(u"SmsUrl"_s).isEmpty())
            stops << tr("messages to it stop reaching %1").arg(n.value(u"SmsUrl"_s));
        else
            stops << tr("it can no longer send or receive messages");
    }
    if (n.isEmergencyActive())
        stops << tr("emergency calling from it ends");
    QString text = tr("If you release %1, %2.").arg(n.phoneNumber, stops.isEmpty() ? tr("it leaves the account") : stops.join(u"; "_s));
    text += u"\n\n"_s + tr("The number goes back to %1 and may be bought by someone else. This cannot be undone.")
                            .arg(providerName(m_client->family()));
    if (!m_client->profile().sandbox) {
        text += u"\n\n"_s + tr("“%1” is a live account: the number is released for real.")
                                .arg(m_account ? m_account->displayName()
                                               : m_client->profile().displayName);
    }
    return text;
}

void NumbersPane::releaseSelected()
{
    const std::optional<IncomingNumber> n = currentNumber();
    if (!n || !m_releasing.isEmpty() || m_confirm)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Release %1?").arg(n->phoneNumber),
                                tr("Release %1 (%2)?").arg(n->phoneNumber, n->friendlyName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"releaseConfirmation"_s);
    box->setInformativeText(releaseQuestion(*n));
    QPushButton *release = box->addButton(tr("&Release number"), QMessageBox::DestructiveRole);
    release->setObjectName(u"confirmRelease"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    const IncomingNumber number = *n;
    connect(box, &QMessageBox::buttonClicked, this, [this, release, number](QAbstractButton *button) {
        if (button == release)
            this->release(number);
    });
    box->open();
}

void NumbersPane::release(const IncomingNumber &number)
{
    m_releasing = number.sid;
    m_releaseAction->setEnabled(false);
    emit statusMessageChanged(tr("Releasing %1…").arg(number.phoneNumber));
    ApiJob *job = m_numbers.release(number.sid);
    connect(job, &ApiJob::finished, this, [this, number](const ApiResult &result) {
        if (result.ok()) {
            finishRelease(number, true, {});
            return;
        }
        // DELETE is repeated when its answer is lost (by the job, and by Qt's own HTTP stack
        // on a closed connection, which the job cannot see): "not found" then is the first
        // attempt's work. Either way the number is no longer on the account, which is what
        // the user asked for, and the table must say so.
        if (result.error.httpStatus() == 404) {
            finishRelease(number, true, {});
            return;
        }
        if (result.error.outcomeUnknown()) {
            checkReleased(number, result.error);
            return;
        }
        finishRelease(number, false, result.error.displayText());
    });
}

void NumbersPane::checkReleased(const IncomingNumber &number, const ApiError &error, int delayMs)
{
    // The answer never came: ask the server whether the number is still there, and keep
    // asking until it says (the table must not claim what the server does not hold).
    emit statusMessageChanged(tr("Checking whether %1 was released…").arg(number.phoneNumber));
    ApiJob *job = m_numbers.get(number.sid);
    connect(job, &ApiJob::finished, this, [this, number, error, delayMs](const ApiResult &result) {
        if (result.error.httpStatus() == 404) {
            finishRelease(number, true, {});
        } else if (result.ok()) {
            finishRelease(number, false, tr("The server did not answer and still lists the number: %1")
                                             .arg(error.displayText()));
        } else {
            m_banner->showMessage(tr("Switchboard cannot tell yet whether %1 was released (%2); "
                                     "it asks the server again.")
                                      .arg(number.phoneNumber, result.error.displayText()),
                                  MessageBanner::Type::Warning);
            QTimer::singleShot(delayMs, this, [this, number, error, delayMs] {
                checkReleased(number, error, std::min(delayMs * 2, 30000));
            });
        }
    });
}

void NumbersPane::finishRelease(const IncomingNumber &number, bool released, const QString &message)
{
    m_releasing.clear();
    if (released) {
        qCInfo(lcNumbersUi) << "released a number";
        if (m_form && m_form->sid() == number.sid)
            dropForm();
        m_model->removeNumber(number.sid);
        m_banner->showMessage(tr("%1 was released.").arg(number.phoneNumber),
                              MessageBanner::Type::Positive);
    } else {
        m_banner->showMessage(tr("%1 was not released: %2").arg(number.phoneNumber, message),
                              MessageBanner::Type::Error);
    }
    m_releaseAction->setEnabled(currentNumber().has_value());
    updateState();
    emit releaseFinished(number.phoneNumber, released, message);
}

void NumbersPane::updateState()
{
    const bool hasRows = m_proxy->rowCount() > 0;
    const bool loading = m_model->isLoading();
    if (hasRows) {
        m_stack->setCurrentIndex(TablePage);
    } else {
        m_stack->setCurrentIndex(PlaceholderPage);
        m_busy->setVisible(loading);
        m_placeholderButton->setVisible(false);
        if (loading) {
            m_placeholder->setText(m_model->filter().isEmpty() ? tr("Loading numbers…")
                                                               : tr("Asking the server for matching numbers…"));
        } else if (m_model->lastError().isError()) {
            m_placeholder->setText(tr("The numbers could not be loaded."));
        } else if (!m_model->filter().isEmpty()) {
            m_placeholder->setText(tr("No number of this account matches the filter."));
            m_placeholderButton->setText(tr("&Clear filter"));
            m_placeholderButton->setVisible(true);
        } else {
            m_placeholder->setText(tr("This account has no numbers yet."));
            m_placeholderButton->setText(tr("&Buy numbers…"));
            m_placeholderButton->setVisible(true);
        }
    }
    m_releaseAction->setEnabled(currentNumber().has_value() && m_releasing.isEmpty());
    updateStatus();
}

void NumbersPane::updateStatus()
{
    const int loaded = m_model->rowCount();
    QString text;
    const bool sorted = m_view->horizontalHeader()->sortIndicatorSection() >= 0;
    if (!m_model->hasLoadedFirstPage() && m_model->isLoading()) {
        text = tr("Loading numbers…");
    } else if (m_model->isAtEnd()) {
        text = m_model->filter().isEmpty() ? tr("%n number(s)", nullptr, loaded)
                                           : tr("%n matching number(s)", nullptr, loaded);
    } else {
        text = tr("%n number(s) loaded, more as you scroll", nullptr, loaded);
        if (sorted)
            text += u" · "_s + tr("sorted among those loaded");
    }
    if (text != m_statusMessage) {
        m_statusMessage = text;
        emit statusMessageChanged(text);
    }
}
