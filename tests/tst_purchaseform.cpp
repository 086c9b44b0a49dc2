// The buy flow end to end under offscreen, in a real main window against the real sandbox:
// search, gather numbers from two searches into a cart, confirm (the confirmation names the
// account and every number), and the numbers are bought once each and join the Numbers
// table; a number taken between search and purchase is marked and replaced from its search;
// a 429 during a multi-number purchase and a dropped connection after the server bought
// still end with every number bought once and reported as bought; a cart survives the window.
#include "api/account.h"
#include "api/accountclient.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "mainwindow.h"
#include "numbers/numbereditsender.h"
#include "numbers/numberform.h"
#include "numbers/numbertablemodel.h"
#include "numbers/numberparameterseditor.h"
#include "widgets/messagebanner.h"
#include "numbers/numberspane.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchaseform.h"
#include "numbers/purchasemodels.h"
#include "numbers/purchasesender.h"
#include "sandboxfixture.h"
#include "api/apijob.h"
#include "numbers/incomingnumber.h"
#include "numbers/numbersclient.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QProgressBar>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 60000;
}

class tst_PurchaseForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchAddConfirmBuy();
    void takenNumberIsMarkedAndReplaced();
    void throttledAndDroppedStillOnceEach_data();
    void throttledAndDroppedStillOnceEach();
    void nothingWithoutConfirmation();
    void cartSurvivesTheWindow();
    void anyNumberInAreaCodeIsOneExactNumber();
    void anyNumberWithALateCommitBuysOnce();
    void areaCodeWithNoneLeftSaysSo();
    void knownNumberIsAddedAfterAnAvailabilityCheck();
    void numberThatNeedsAnAddressWaitsForOne();
    void buyTabAt1000x700ShowsTheCart();
    void olderAreaCodeItemIsPickedAsAnExactNumber();

private:
    void makeWindow();
    PurchaseForm *openBuyTab(ApiFamily family = ApiFamily::Twilio);
    bool searchArea(PurchaseForm *form, const QString &area);
    // Types the area code and clicks "Any number in this area code": whether one was added.
    bool anyNumberIn(PurchaseForm *form, const QString &area);
    void addRows(PurchaseForm *form, int count);
    QMessageBox *confirmation();
    int owned(const QString &phoneNumber, const QString &family = u"twilio"_s);
    int inArea(const QString &area);
    QString freeNumber(const QString &area, bool needsAddress = false);
    void saveScreenshot(const QString &name, QWidget *widget = nullptr);

    SandboxFixture m_sandbox{30};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QList<Outbox *> m_outboxes;
    Account *m_account = nullptr;
};

void tst_PurchaseForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_PurchaseForm::init()
{
    m_sandbox.server().setFaults({});
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    makeWindow();
}

void tst_PurchaseForm::makeWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setDraftStore(m_store.get());
    m_account = new Account(u"sandbox"_s, u"Sandbox (demo data)"_s);
    m_account->setSandbox(true);
    m_account->addProfile(m_sandbox.profile(ApiFamily::Twilio));
    m_account->addProfile(m_sandbox.profile(ApiFamily::SignalWire));
    m_window->addAccount(m_account);
    for (AccountClient *client : m_account->clients()) {
        RetryPolicy quick;
        quick.initialDelayMs = 20;
        quick.maxDelayMs = 300;
        client->setRetryPolicy(quick);
        auto *outbox = new Outbox(m_store.get(), client, m_window.get());
        outbox->setRetryDelays(50, 400);
        outbox->setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
        outbox->setSender(DraftKind::Purchase, std::make_unique<PurchaseSender>(client));
        outbox->setSender(DraftKind::NumberEdit, std::make_unique<NumberEditSender>(client));
        m_window->addOutbox(outbox);
        outbox->start();
        m_outboxes << outbox;
    }
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_PurchaseForm::cleanup()
{
    m_outboxes.clear();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

PurchaseForm *tst_PurchaseForm::openBuyTab(ApiFamily family)
{
    const Section section = family == ApiFamily::SignalWire ? Section::SignalWireNumbers
                                                            : Section::TwilioNumbers;
    if (!m_window->selectSection(m_account, section))
        return nullptr;
    auto *pane = qobject_cast<NumbersPane *>(m_window->currentPane());
    if (!pane || !QTest::qWaitFor([pane] { return pane->isLoaded(); }, WaitMs))
        return nullptr;
    pane->findChild<QAction *>(u"buyNumbersAction"_s)->trigger();
    return qobject_cast<PurchaseForm *>(m_window->tabWidget()->currentWidget());
}

bool tst_PurchaseForm::searchArea(PurchaseForm *form, const QString &area)
{
    auto *edit = form->findChild<QLineEdit *>(u"areaCodeEdit"_s);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, area);
    QSignalSpy done(form, &PurchaseForm::searchFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    return done.wait(WaitMs) && done.first().first().toBool();
}

bool tst_PurchaseForm::anyNumberIn(PurchaseForm *form, const QString &area)
{
    auto *edit = form->findChild<QLineEdit *>(u"areaCodeEdit"_s);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, area);
    QSignalSpy picked(form, &PurchaseForm::numberLookupFinished);
    form->findChild<QPushButton *>(u"anyInAreaButton"_s)->click();
    return picked.wait(WaitMs) && picked.first().first().toBool();
}

void tst_PurchaseForm::addRows(PurchaseForm *form, int count)
{
    QTableView *results = form->resultsView();
    results->setFocus();
    results->clearSelection();
    int added = 0;
    for (int r = 0; r < form->resultsModel()->rowCount() && added < count; ++r) {
        if (form->resultsModel()->index(r, 0).data(AvailableNumberModel::InCartRole).toBool())
            continue;
        results->selectionModel()->select(form->resultsModel()->index(r, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ++added;
    }
    form->findChild<QPushButton *>(u"addButton"_s)->click();
}

QMessageBox *tst_PurchaseForm::confirmation()
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s);
        return box && box->isVisible();
    }, WaitMs);
    return shown ? box : nullptr;
}

int tst_PurchaseForm::owned(const QString &phoneNumber, const QString &family)
{
    return m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = ? AND phone_number = ?"_s,
                                 {family, phoneNumber});
}

void tst_PurchaseForm::searchAddConfirmBuy()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    QAbstractItemModelTester resultsTester(form->resultsModel());
    QAbstractItemModelTester cartTester(form->cartModel());
    auto *buy = form->findChild<QPushButton *>(u"buyButton"_s);
    QVERIFY(!buy->isEnabled());
    QVERIFY(buy->toolTip().contains(u"empty"));

    // Two searches, one cart, no duplicates.
    form->findChild<QCheckBox *>(u"noAddressCheck"_s)->setChecked(true);
    QVERIFY(searchArea(form, u"415"_s));
    QVERIFY(form->resultsModel()->rowCount() > 2);
    QVERIFY(form->resultsModel()->rowCount() <= 30);
    addRows(form, 2);
    addRows(form, 0);
    QCOMPARE(form->cart().items.size(), 2);
    QVERIFY(form->resultsModel()->index(0, 0).data(AvailableNumberModel::InCartRole).toBool());
    QVERIFY(searchArea(form, u"212"_s));
    addRows(form, 1);
    QCOMPARE(form->cart().items.size(), 3);
    const QString draftId = m_window->documentDrafts()->draftId(form);
    QVERIFY(!draftId.isEmpty()); // the cart is a draft as soon as it has something
    QTRY_COMPARE(PurchaseDraft::fromJson(m_store->draft(draftId).payload).items.size(), 3);

    auto *voice = qobject_cast<QLineEdit *>(form->parametersEditor()->fieldWidget(u"VoiceUrl"_s));
    voice->setFocus();
    QTest::keyClicks(voice, u"https://new-numbers.example.com/voice"_s);
    QVERIFY(buy->isEnabled());
    QVERIFY(buy->text().contains(u"3"));

    buy->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    const QString text = box->informativeText();
    for (const PurchaseItem &item : form->cart().items)
        QVERIFY2(text.contains(item.phoneNumber), qPrintable(text));
    QVERIFY(text.contains(u"Sandbox"));
    QVERIFY(text.contains(u"nothing is charged"));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->findChild<QPushButton *>(u"confirmBuy"_s)->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(draftId).state, OutboxState::Sent, WaitMs);
    const PurchaseDraft bought = PurchaseDraft::fromJson(m_store->draft(draftId).payload);
    QCOMPARE(bought.count(PurchaseItem::State::Bought), 3);
    for (const PurchaseItem &item : bought.items)
        QCOMPARE(owned(item.phoneNumber), 1);
    QTRY_VERIFY(form->submissionBanner()->text().contains(u"3 number")
                && form->submissionBanner()->text().contains(u"bought"));
    QCOMPARE(form->cartModel()->index(0, PurchaseCartModel::StateColumn).data().toString(),
             u"Bought"_s);

    // They join the Numbers table without a reload.
    auto *pane = qobject_cast<NumbersPane *>(m_window->pane(m_account, Section::TwilioNumbers));
    QVERIFY(pane);
    for (const PurchaseItem &item : bought.items)
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOf(item.sid) >= 0, WaitMs);
}

void tst_PurchaseForm::takenNumberIsMarkedAndReplaced()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    form->findChild<QCheckBox *>(u"noAddressCheck"_s)->setChecked(true);
    QVERIFY(searchArea(form, u"312"_s));
    addRows(form, 2);
    const QString taken = form->cart().items.first().phoneNumber;
    // Someone else buys it between the search and the purchase.
    QCOMPARE(m_sandbox.serverChange(u"DELETE FROM available_numbers WHERE family = 'twilio' AND phone_number = ?"_s,
                                    {taken}),
             1);
    form->findChild<QPushButton *>(u"buyButton"_s)->click();
    confirmation()->findChild<QPushButton *>(u"confirmBuy"_s)->click();
    const QString id = m_window->documentDrafts()->draftId(form);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Rejected, WaitMs);
    QCOMPARE(owned(taken), 0);
    QCOMPARE(owned(form->cart().items.at(1).phoneNumber), 1);
    // The progress bar, the cart's count and the banner tell one story.
    auto *bar = form->findChild<QProgressBar *>(u"purchaseProgress"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->text(), u"1 bought · 1 not bought"_s);
    QVERIFY2(form->submissionBanner()->text().contains(u"1 bought · 1 not bought"),
             qPrintable(form->submissionBanner()->text()));
    QVERIFY(form->findChild<QLabel *>(u"cartCount"_s)->text().contains(u"1 bought · 1 not bought"));
    // The cart says what happened to it, in words, and offers a replacement.
    QTRY_VERIFY(form->cartModel()->index(0, PurchaseCartModel::StateColumn).data().toString()
                    .contains(u"Not bought: taken"));
    form->cartView()->setCurrentIndex(form->cartModel()->index(0, 0));
    auto *replace = form->findChild<QPushButton *>(u"replaceButton"_s);
    QVERIFY(replace->isVisible());
    QVERIFY(form->findChild<QLabel *>(u"itemHelp"_s)->text().contains(u"replace", Qt::CaseInsensitive));
    QSignalSpy searched(form, &PurchaseForm::searchFinished);
    replace->click();
    QVERIFY(searched.wait(WaitMs));
    const QString replacement = form->cart().items.first().phoneNumber;
    QVERIFY(replacement != taken);
    QCOMPARE(form->cart().items.first().state, PurchaseItem::State::Pending);
    // The number bought before cannot be removed, and is not bought again.
    form->cartView()->setCurrentIndex(form->cartModel()->index(1, 0));
    QVERIFY(!form->findChild<QPushButton *>(u"removeButton"_s)->isEnabled());
    auto *buy = form->findChild<QPushButton *>(u"buyButton"_s);
    QVERIFY(buy->text().contains(u"1"));
    buy->click();
    QVERIFY(confirmation()->informativeText().contains(replacement));
    QVERIFY(!confirmation()->informativeText().contains(form->cart().items.at(1).phoneNumber));
    confirmation()->findChild<QPushButton *>(u"confirmBuy"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    QCOMPARE(owned(replacement), 1);
    QCOMPARE(owned(form->cart().items.at(1).phoneNumber), 1);
}

void tst_PurchaseForm::throttledAndDroppedStillOnceEach_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("family");
    QTest::newRow("429 past 1 a second, Twilio") << u"throttle=1"_s << int(ApiFamily::Twilio);
    QTest::newRow("answers lost after buying, SignalWire") << u"lost-answer-rate=0.5"_s
                                                           << int(ApiFamily::SignalWire);
}

void tst_PurchaseForm::throttledAndDroppedStillOnceEach()
{
    QFETCH(QString, fault);
    QFETCH(int, family);
    const auto f = ApiFamily(family);
    PurchaseForm *form = openBuyTab(f);
    QVERIFY(form);
    QCOMPARE(form->cart().family, f);
    form->findChild<QCheckBox *>(u"noAddressCheck"_s)->setChecked(true);
    QVERIFY(searchArea(form, u"646"_s));
    addRows(form, 4);
    QCOMPARE(form->cart().items.size(), 4);
    FaultOptions faults;
    QString error;
    QVERIFY(faults.parse(fault, &error));
    faults.seed = SandboxFixture::FaultSeed; // the same faults on every run
    m_sandbox.server().setFaults(faults);
    form->findChild<QPushButton *>(u"buyButton"_s)->click();
    confirmation()->findChild<QPushButton *>(u"confirmBuy"_s)->click();
    const QString id = m_window->documentDrafts()->draftId(form);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    m_sandbox.server().setFaults({});
    const PurchaseDraft bought = PurchaseDraft::fromJson(m_store->draft(id).payload);
    QCOMPARE(bought.count(PurchaseItem::State::Bought), 4); // reported as bought
    const QString key = f == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s;
    for (const PurchaseItem &item : bought.items)
        QCOMPARE(owned(item.phoneNumber, key), 1); // and bought exactly once
}

void tst_PurchaseForm::nothingWithoutConfirmation()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    form->findChild<QCheckBox *>(u"noAddressCheck"_s)->setChecked(true);
    QVERIFY(searchArea(form, u"415"_s));
    addRows(form, 1);
    const QString number = form->cart().items.first().phoneNumber;
    form->findChild<QPushButton *>(u"buyButton"_s)->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
    // Ctrl+Return straight into the form asks too, and Send when online from Drafts would be
    // refused: the draft is not complete without a confirmation.
    QVERIFY(!form->isComplete());
    const QString id = m_window->documentDrafts()->draftId(form);
    QVERIFY(!m_store->enqueue(id));
    QCOMPARE(owned(number), 0);
    QCOMPARE(m_store->draft(id).state, OutboxState::Editing);
}

void tst_PurchaseForm::cartSurvivesTheWindow()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    QVERIFY(searchArea(form, u"415"_s));
    addRows(form, 2);
    QVERIFY(anyNumberIn(form, u"212"_s));
    const PurchaseDraft before = form->cart();
    QCOMPARE(before.items.size(), 3);
    const QString id = m_window->documentDrafts()->draftId(form);
    // The window goes (as when the app is closed); the draft is what was built.
    m_outboxes.clear();
    m_window.reset();
    const Draft kept = m_store->draft(id);
    QCOMPARE(kept.kind, DraftKind::Purchase);
    QCOMPARE(PurchaseDraft::fromJson(kept.payload).items.size(), 3);
    makeWindow();
    QWidget *reopened = m_window->documentDrafts()->open(kept);
    auto *again = qobject_cast<PurchaseForm *>(reopened);
    QVERIFY(again);
    QCOMPARE(again->cart().toJson().value(u"items"_s), before.toJson().value(u"items"_s));
    QCOMPARE(again->cart().items.at(2).pickedFor, u"212"_s);
    QVERIFY(again->cart().items.at(2).phoneNumber.startsWith(u"+1212"));
    delete reopened;
}

int tst_PurchaseForm::inArea(const QString &area)
{
    return m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = 'twilio' AND"
                                 u" account = '' AND phone_number LIKE ?"_s,
                                 {QString(u"+1"_s + area + u"%"_s)});
}

QString tst_PurchaseForm::freeNumber(const QString &area, bool needsAddress)
{
    AccountClient *client = m_account->client(ApiFamily::Twilio);
    NumberSearch s;
    s.areaCode = area;
    QSignalSpy done(NumbersClient(client).search(s), &ApiJob::finished);
    if (!done.wait(WaitMs))
        return {};
    QList<AvailableNumber> found;
    NumbersClient::parseAvailable(done.first().first().value<ApiResult>(), &found);
    for (const AvailableNumber &a : std::as_const(found)) {
        if (a.requiresAddress() == needsAddress && owned(a.phoneNumber) == 0)
            return a.phoneNumber;
    }
    return {};
}

void tst_PurchaseForm::saveScreenshot(const QString &name, QWidget *widget)
{
    // SWITCHBOARD_SCREENSHOTS=/tmp/shots: the window as the test left it, to look at.
    const QString folder = qEnvironmentVariable("SWITCHBOARD_SCREENSHOTS");
    if (!folder.isEmpty())
        (widget ? widget : m_window.get())->grab().save(QDir(folder).filePath(name + u".png"_s));
}

void tst_PurchaseForm::anyNumberInAreaCodeIsOneExactNumber()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    form->findChild<QCheckBox *>(u"smsCheck"_s)->setChecked(true);
    form->findChild<QCheckBox *>(u"noAddressCheck"_s)->setChecked(true);
    QVERIFY(anyNumberIn(form, u"718"_s));
    auto *area = form->findChild<QLineEdit *>(u"areaCodeEdit"_s);
    const PurchaseItem item = form->cart().items.first();
    QVERIFY(item.phoneNumber.startsWith(u"+1718"));
    QCOMPARE(item.pickedFor, u"718"_s);
    QVERIFY(item.offer.sms);              // the capability asked for
    QVERIFY(!item.offer.requiresAddress()); // and the address choice
    // The cart shows that number, formatted as everywhere, and the confirmation names it.
    QCOMPARE(form->cartModel()->index(0, PurchaseCartModel::NumberColumn).data().toString(),
             formatPhoneNumber(item.phoneNumber));
    form->findChild<QPushButton *>(u"buyButton"_s)->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(item.phoneNumber), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"picked for area code 718"));
    saveScreenshot(u"buy-confirmation"_s, box);
    box->findChild<QPushButton *>(u"confirmBuy"_s)->click();
    const QString id = m_window->documentDrafts()->draftId(form);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    QCOMPARE(owned(item.phoneNumber), 1); // that very number, and only it
    // A finished purchase takes no new numbers: the whole search side is greyed.
    QVERIFY(!form->findChild<QPushButton *>(u"searchButton"_s)->isEnabled());
    QVERIFY(!form->findChild<QPushButton *>(u"anyInAreaButton"_s)->isEnabled());
    QVERIFY(!form->findChild<QLineEdit *>(u"numberEdit"_s)->isEnabled());
    QVERIFY(!area->isEnabled());
}

void tst_PurchaseForm::anyNumberWithALateCommitBuysOnce()
{
    // The provider finishes each purchase three seconds after the connection closed; the
    // outbox looks again at its real intervals (2 s, then 5 s).
    for (Outbox *outbox : std::as_const(m_outboxes))
        outbox->setCheckDelays({2000, 5000, 15000, 60000});
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    form->findChild<QCheckBox *>(u"noAddressCheck"_s)->setChecked(true);
    QVERIFY(anyNumberIn(form, u"646"_s));
    const QString number = form->cart().items.first().phoneNumber;
    const int before = inArea(u"646"_s);
    FaultOptions late;
    QVERIFY(late.parse(u"late-commit-rate=1"_s, nullptr));
    QVERIFY(late.parse(u"late-commit-ms=3000"_s, nullptr));
    m_sandbox.server().setFaults(late);
    form->findChild<QPushButton *>(u"buyButton"_s)->click();
    confirmation()->findChild<QPushButton *>(u"confirmBuy"_s)->click();
    // The cart and the banner say what is going on while it checks.
    QTRY_COMPARE_WITH_TIMEOUT(form->cartModel()->index(0, PurchaseCartModel::StateColumn).data().toString(),
                              u"Checking…"_s, WaitMs);
    QVERIFY(form->submissionBanner()->text().startsWith(u"Checking whether the purchase went through…"));
    saveScreenshot(u"buy-tab-checking"_s);
    const QString id = m_window->documentDrafts()->draftId(form);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    m_sandbox.server().setFaults({});
    QCOMPARE(inArea(u"646"_s), before + 1); // bought once
    QCOMPARE(owned(number), 1);
    QCOMPARE(PurchaseDraft::fromJson(m_store->draft(id).payload).items.first().state,
             PurchaseItem::State::Bought); // and reported bought
    QTRY_VERIFY(form->submissionBanner()->text().contains(u"1 number"));
}

void tst_PurchaseForm::areaCodeWithNoneLeftSaysSo()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    QVERIFY(!anyNumberIn(form, u"533"_s));
    QVERIFY(form->cart().items.isEmpty()); // nothing that is sure to fail
    auto *status = form->findChild<QLabel *>(u"searchStatus"_s);
    QVERIFY2(status->text().contains(u"No numbers are left in area code 533"), qPrintable(status->text()));
    // Nothing says where 533 is, so no "nearby" that would find nothing.
    QVERIFY(!form->findChild<QPushButton *>(u"nearbyButton"_s)->isVisible());

    // Where the region is known (a search showed it), "Search nearby" searches it: 212 sold
    // out meanwhile, the rest of New York has numbers.
    QVERIFY(searchArea(form, u"212"_s));
    QVERIFY(form->resultsModel()->rowCount() > 0);
    QVERIFY(m_sandbox.serverChange(u"DELETE FROM available_numbers WHERE area_code = 212"_s) > 0);
    QVERIFY(!anyNumberIn(form, u"212"_s));
    QVERIFY(form->cart().items.isEmpty());
    auto *nearby = form->findChild<QPushButton *>(u"nearbyButton"_s);
    QTRY_VERIFY(nearby->isVisible());
    QSignalSpy searched(form, &PurchaseForm::searchFinished);
    nearby->click();
    QVERIFY(searched.wait(WaitMs));
    QVERIFY(form->resultsModel()->rowCount() > 0);
    for (int r = 0; r < form->resultsModel()->rowCount(); ++r) {
        QCOMPARE(form->resultsModel()->numberAt(r).region, u"NY"_s);
        QVERIFY(!form->resultsModel()->numberAt(r).phoneNumber.startsWith(u"+1212"));
    }
}

void tst_PurchaseForm::knownNumberIsAddedAfterAnAvailabilityCheck()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    auto *number = form->findChild<QLineEdit *>(u"numberEdit"_s);
    auto *add = form->findChild<QPushButton *>(u"addNumberButton"_s);
    number->setFocus();
    QTest::keyClicks(number, u"+1415abc"_s);
    QVERIFY(!add->isEnabled()); // checked inline
    QVERIFY(form->findChild<QLabel *>(u"numberEditFeedback"_s) == nullptr
            || !form->findChild<QLabel *>(u"numberEditFeedback"_s)->text().isEmpty());

    // A number on offer: added, as an exact number with what the search said of it.
    const QString free = freeNumber(u"415"_s);
    QVERIFY(!free.isEmpty());
    number->clear();
    QTest::keyClicks(number, free);
    QVERIFY(add->isEnabled());
    QSignalSpy looked(form, &PurchaseForm::numberLookupFinished);
    add->click();
    QVERIFY(looked.wait(WaitMs));
    QVERIFY(looked.takeFirst().first().toBool());
    QCOMPARE(form->cart().items.size(), 1);
    QCOMPARE(form->cart().items.first().phoneNumber, free);
    QVERIFY(!form->cart().items.first().offer.locality.isEmpty());
    QVERIFY(number->text().isEmpty());

    // One the account owns already is not on offer: nothing is added, and the field says why.
    QList<IncomingNumber> mine;
    QSignalSpy listed(NumbersClient(m_account->client(ApiFamily::Twilio)).findOwned(u"+1"_s, 1),
                      &ApiJob::finished);
    QVERIFY(listed.wait(WaitMs));
    NumbersClient::parseNumbers(listed.first().first().value<ApiResult>(), ApiFamily::Twilio, &mine);
    QVERIFY(!mine.isEmpty());
    QTest::keyClicks(number, mine.first().phoneNumber);
    add->click();
    QVERIFY(looked.wait(WaitMs));
    QVERIFY(!looked.takeFirst().first().toBool());
    QCOMPARE(form->cart().items.size(), 1);
    QVERIFY(form->findChild<QLabel *>(u"searchStatus"_s)->text().contains(u"not on offer"));
}

void tst_PurchaseForm::numberThatNeedsAnAddressWaitsForOne()
{
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    const QString halifax = freeNumber(u"415"_s, true); // one in ten there needs an address
    QVERIFY(!halifax.isEmpty());
    QVERIFY(searchArea(form, u"415"_s));
    int row = -1;
    for (int r = 0; r < form->resultsModel()->rowCount(); ++r) {
        if (form->resultsModel()->numberAt(r).phoneNumber == halifax)
            row = r;
    }
    QVERIFY(row >= 0);
    // Where it is chosen...
    QCOMPARE(form->resultsModel()->index(row, AvailableNumberModel::NoteColumn).data().toString(),
             u"Needs address"_s);
    QVERIFY(!form->resultsView()->isColumnHidden(AvailableNumberModel::NoteColumn));
    form->resultsView()->selectionModel()->select(form->resultsModel()->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    form->findChild<QPushButton *>(u"addButton"_s)->click();
    // ...in the cart, and Buy waits for an address.
    QCOMPARE(form->cartModel()->index(0, PurchaseCartModel::StateColumn).data().toString(),
             u"Needs an address"_s);
    auto *buy = form->findChild<QPushButton *>(u"buyButton"_s);
    QVERIFY(!buy->isEnabled());
    QVERIFY2(buy->toolTip().contains(u"address"), qPrintable(buy->toolTip()));
    auto *address = qobject_cast<QLineEdit *>(form->parametersEditor()->fieldWidget(u"AddressSid"_s));
    QVERIFY(address);
    address->setFocus();
    QTest::keyClicks(address, u"AD"_s + QString(32, u'1'));
    QTRY_VERIFY(buy->isEnabled());
    buy->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(u"needs an address"), qPrintable(box->informativeText()));
    box->findChild<QPushButton *>(u"confirmBuy"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(m_window->documentDrafts()->draftId(form)).state,
                              OutboxState::Sent, WaitMs);
    QCOMPARE(owned(halifax), 1);
}

void tst_PurchaseForm::buyTabAt1000x700ShowsTheCart()
{
    m_window->resize(1000, 700);
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    // Nine numbers, one in every state the cart can show.
    PurchaseDraft cart;
    const auto add = [&](const QString &number, PurchaseItem::State state, const QString &code = {}) {
        PurchaseItem item;
        item.phoneNumber = number;
        item.offer.phoneNumber = number;
        item.offer.locality = u"San Francisco"_s;
        item.offer.region = u"CA"_s;
        item.state = state;
        item.errorCode = code;
        if (state == PurchaseItem::State::Bought || state == PurchaseItem::State::AlreadyOwned)
            item.sid = u"PN"_s + QString(32, u'a');
        cart.add(item);
        return cart.items.size() - 1;
    };
    add(u"+14155550101"_s, PurchaseItem::State::Pending);
    add(u"+14155550102"_s, PurchaseItem::State::Bought);
    add(u"+14155550103"_s, PurchaseItem::State::AlreadyOwned);
    add(u"+14155550104"_s, PurchaseItem::State::Failed, u"21422"_s);
    add(u"+14155550105"_s, PurchaseItem::State::Failed, u"21631"_s);
    cart.items[add(u"+14155550106"_s, PurchaseItem::State::Pending)].offer.addressRequirements = u"local"_s;
    cart.items[add(u"+14155550107"_s, PurchaseItem::State::Pending)].pickedFor = u"415"_s;
    add(u"+14155550108"_s, PurchaseItem::State::Unsettled, u"undecided"_s);
    PurchaseItem old;
    old.areaCode = u"212"_s;
    cart.add(old);
    form->setPayload(cart.toJson());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(form->cartModel()->rowCount(), 9);
    QVERIFY(searchArea(form, u"415"_s));
    saveScreenshot(u"buy-tab-1000x700"_s);

    // The search's columns fit (the number, formatted as in the Numbers table, and the
    // capabilities in full) and stay put from one search to the next.
    QTableView *results = form->resultsView();
    const auto widths = [results] {
        QList<int> w;
        for (int c = 0; c < AvailableNumberModel::ColumnCount; ++c)
            w << results->columnWidth(c);
        return w;
    };
    const QList<int> before = widths();
    QCOMPARE(form->resultsModel()->index(0, AvailableNumberModel::NumberColumn).data().toString(),
             formatPhoneNumber(form->resultsModel()->numberAt(0).phoneNumber));
    for (int r = 0; r < form->resultsModel()->rowCount(); ++r) {
        for (int c : {int(AvailableNumberModel::NumberColumn), int(AvailableNumberModel::CapabilitiesColumn),
                      int(AvailableNumberModel::NoteColumn)}) {
            const QString text = form->resultsModel()->index(r, c).data().toString();
            QVERIFY2(results->fontMetrics().horizontalAdvance(text) + 4 <= results->columnWidth(c),
                     qPrintable(text));
        }
    }
    QVERIFY(results->horizontalHeader()->length() <= results->viewport()->width());
    QVERIFY(searchArea(form, u"212"_s));
    QCOMPARE(widths(), before);

    QTableView *view = form->cartView();
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    QVERIFY2(view->viewport()->height() >= 8 * rowHeight,
             qPrintable(u"the cart shows %1 rows"_s.arg(view->viewport()->height() / double(rowHeight))));
    // Every state reads in full: no "This nu…", no "Bou…".
    const int stateWidth = view->columnWidth(PurchaseCartModel::StateColumn);
    for (int r = 0; r < form->cartModel()->rowCount(); ++r) {
        const QString state = form->cartModel()->index(r, PurchaseCartModel::StateColumn).data().toString();
        QVERIFY2(view->fontMetrics().horizontalAdvance(state) + 8 <= stateWidth,
                 qPrintable(u"“%1” is cut at %2 px"_s.arg(state).arg(stateWidth)));
        const QString number = form->cartModel()->index(r, PurchaseCartModel::NumberColumn).data().toString();
        QVERIFY2(view->fontMetrics().horizontalAdvance(number) + 4
                     <= view->columnWidth(PurchaseCartModel::NumberColumn),
                 qPrintable(number));
    }
    // The reason of the current row sits under the table, not over its rows.
    view->setCurrentIndex(form->cartModel()->index(3, 0));
    auto *help = form->findChild<QLabel *>(u"itemHelp"_s);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(help->text().contains(u"Remove it, or replace it"));
    const QRect table = view->geometry();
    QVERIFY(help->geometry().top() >= table.bottom());
    saveScreenshot(u"buy-tab-1000x700-reason"_s);
    // The configuration, the third job, has the whole left side when it is in front.
    auto *steps = form->findChild<QTabWidget *>(u"purchaseSteps"_s);
    QVERIFY(steps);
    steps->setCurrentIndex(1);
    QVERIFY(form->parametersEditor()->isVisible());
    QVERIFY(view->isVisible()); // the cart stays in view
    saveScreenshot(u"buy-tab-1000x700-configuration"_s);
}

void tst_PurchaseForm::olderAreaCodeItemIsPickedAsAnExactNumber()
{
    // A cart an earlier version saved with "any number in 415": Buy waits, and "Pick a
    // number" puts one exact number of the area code in its place.
    PurchaseForm *form = openBuyTab();
    QVERIFY(form);
    PurchaseDraft old;
    PurchaseItem area;
    area.areaCode = u"415"_s;
    area.search.areaCode = u"415"_s;
    area.search.excludeAddressRequired = true;
    old.add(area);
    form->setPayload(old.toJson());
    auto *buy = form->findChild<QPushButton *>(u"buyButton"_s);
    QVERIFY(!buy->isEnabled());
    QVERIFY2(buy->toolTip().contains(u"exact numbers only"), qPrintable(buy->toolTip()));
    form->cartView()->setCurrentIndex(form->cartModel()->index(0, 0));
    auto *pick = form->findChild<QPushButton *>(u"replaceButton"_s);
    QVERIFY(pick->isVisible());
    QCOMPARE(pick->text().remove(u'&'), u"Pick a number"_s);
    QSignalSpy searched(form, &PurchaseForm::searchFinished);
    pick->click();
    QVERIFY(searched.wait(WaitMs));
    const PurchaseItem item = form->cart().items.first();
    QVERIFY(item.phoneNumber.startsWith(u"+1415"));
    QCOMPARE(item.pickedFor, u"415"_s);
    QVERIFY(!item.offer.requiresAddress());
    QVERIFY(buy->isEnabled()); // now a number that can be confirmed
}

QTEST_MAIN(tst_PurchaseForm)
#include "tst_purchaseform.moc"
