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
#include "numbers/numberlistmodel.h"
#include "numbers/numberparameterseditor.h"
#include "widgets/messagebanner.h"
#include "numbers/numberspane.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchaseform.h"
#include "numbers/purchasemodels.h"
#include "numbers/purchasesender.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
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

private:
    void makeWindow();
    PurchaseForm *openBuyTab(ApiFamily family = ApiFamily::Twilio);
    bool searchArea(PurchaseForm *form, const QString &area);
    void addRows(PurchaseForm *form, int count);
    QMessageBox *confirmation();
    int owned(const QString &phoneNumber, const QString &family = u"twilio"_s);

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
    // The cart says what happened to it, in words, and offers a replacement.
    QTRY_VERIFY(form->cartModel()->index(0, PurchaseCartModel::StateColumn).data().toString()
                    .contains(u"no longer available"));
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
    auto *area = form->findChild<QLineEdit *>(u"areaCodeEdit"_s);
    area->selectAll();
    QTest::keyClicks(area, u"212"_s);
    QSignalSpy picked(form, &PurchaseForm::numberLookupFinished);
    form->findChild<QPushButton *>(u"anyInAreaButton"_s)->click();
    QVERIFY(picked.wait(WaitMs));
    QVERIFY(picked.first().first().toBool());
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

QTEST_MAIN(tst_PurchaseForm)
#include "tst_purchaseform.moc"
