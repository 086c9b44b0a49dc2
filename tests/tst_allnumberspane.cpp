// The All numbers section in the window: one sidebar row under no account, after the
// accounts; its pane a read-only table of every Twilio and SignalWire account's numbers with
// the Account column, from the same shared tables as the Numbers sections, filtered by text.
#include "accountsidebar.h"
#include "api/account.h"
#include "drafts/draftstore.h"
#include "kindregistry.h"
#include "connectionindicator.h"
#include "mainwindow.h"
#include "numbers/allnumbersmodel.h"
#include "numbers/allnumberspane.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numberform.h"
#include "numbers/numberspane.h"
#include "numbers/numbertablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 30000;
} // namespace

class tst_AllNumbersPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listedOnceUnderNoAccount();
    void showsEveryAccountsNumbersReadOnly();
    void noStaleStartupWordsInTheStatusBar();
    void loadedTablesEndTheOtherViewsWait();

private:
    int serverRows(ApiFamily family) const;

    SandboxFixture m_sandbox{40};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    Account *m_twilio = nullptr;
    Account *m_signalwire = nullptr;
};

void tst_AllNumbersPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_AllNumbersPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_window = std::make_unique<MainWindow>();
    m_window->setDraftStore(m_store.get());
    m_twilio = new Account(u"twilio-demo"_s, u"Twilio demo"_s);
    m_twilio->setSandbox(true);
    m_twilio->addProfile(m_sandbox.profile(ApiFamily::Twilio));
    m_window->addAccount(m_twilio);
    m_signalwire = new Account(u"signalwire-demo"_s, u"SignalWire demo"_s);
    m_signalwire->setSandbox(true);
    m_signalwire->addProfile(m_sandbox.profile(ApiFamily::SignalWire));
    m_window->addAccount(m_signalwire);
    m_window->resize(1280, 800);
}

void tst_AllNumbersPane::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

int tst_AllNumbersPane::serverRows(ApiFamily family) const
{
    return m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = ? AND account = ''"_s,
                                 {family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s});
}

void tst_AllNumbersPane::listedOnceUnderNoAccount()
{
    // Not among any account's sections, but once in the sidebar, after the accounts.
    QVERIFY(!m_window->kinds()->sectionsFor({ApiFamily::Twilio}).contains(Section::AllNumbers));
    QCOMPARE(m_window->kinds()->topLevelSections(), QList<Section>{Section::AllNumbers});
    const QAbstractItemModel *sidebar = m_window->sidebar()->model();
    QCOMPARE(sidebar->rowCount(), 3);
    QCOMPARE(sidebar->index(0, 0).data().toString(), u"Twilio demo"_s);
    QCOMPARE(sidebar->index(1, 0).data().toString(), u"SignalWire demo"_s);
    const QModelIndex all = sidebar->index(2, 0);
    QCOMPARE(all.data().toString(), u"All numbers"_s);
    QCOMPARE(sidebar->rowCount(all), 0);

    // An account added later goes before it; one removed leaves it.
    auto *later = new Account(u"later"_s, u"Later"_s);
    later->addProfile(m_sandbox.profile(ApiFamily::Twilio));
    m_window->addAccount(later);
    QCOMPARE(sidebar->rowCount(), 4);
    QCOMPARE(sidebar->index(3, 0).data().toString(), u"All numbers"_s);
    m_window->removeAccount(later);
    QCOMPARE(sidebar->rowCount(), 3);
    QCOMPARE(sidebar->index(2, 0).data().toString(), u"All numbers"_s);

    // Selecting it shows its pane, with no account.
    QVERIFY(m_window->selectSection(nullptr, Section::AllNumbers));
    QCOMPARE(m_window->currentSection(), Section::AllNumbers);
    QVERIFY(qobject_cast<AllNumbersPane *>(m_window->currentPane()));
    Account *account = reinterpret_cast<Account *>(1);
    Section section;
    QVERIFY(m_window->sidebar()->currentSection(&account, &section));
    QCOMPARE(account, nullptr);
    QCOMPARE(section, Section::AllNumbers);
    // And back to an account's section.
    QVERIFY(m_window->selectSection(m_twilio, Section::TwilioNumbers));
    QVERIFY(qobject_cast<NumbersPane *>(m_window->currentPane()));
}

void tst_AllNumbersPane::showsEveryAccountsNumbersReadOnly()
{
    // The Twilio Numbers section first: All numbers shows that same table.
    QVERIFY(m_window->selectSection(m_twilio, Section::TwilioNumbers));
    auto *numbers = qobject_cast<NumbersPane *>(m_window->currentPane());
    QVERIFY(numbers);
    QVERIFY(QTest::qWaitFor([numbers] { return numbers->isLoaded(); }, WaitMs));

    QVERIFY(m_window->selectSection(nullptr, Section::AllNumbers));
    auto *pane = qobject_cast<AllNumbersPane *>(m_window->currentPane());
    QVERIFY(pane);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    AllNumbersModel *all = pane->numbers();
    QAbstractItemModelTester tester(all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(all->partCount(), 2);
    QCOMPARE(all->part(0), numbers->listModel());
    QVERIFY(QTest::qWaitFor([all] { return all->isAtEnd() && !all->isLoading(); }, WaitMs));
    const int expected = serverRows(ApiFamily::Twilio) + serverRows(ApiFamily::SignalWire);
    QCOMPARE(all->rowCount(), expected);
    QTableView *view = pane->view();
    QCOMPARE(view->model()->rowCount(), expected);
    QVERIFY(!view->isColumnHidden(NumberTableModel::AccountColumn));
    QCOMPARE(view->horizontalHeader()->visualIndex(NumberTableModel::AccountColumn), 0);
    QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(pane->paneActions().create == nullptr); // nothing to buy or release from here
    QVERIFY2(pane->statusMessage().contains(u"2 account"_s), qPrintable(pane->statusMessage())); // (no translator here: "account(s)")
    QCOMPARE(view->model()->index(0, NumberTableModel::AccountColumn).data().toString(), u"Twilio demo"_s);
    QCOMPARE(view->model()->index(expected - 1, NumberTableModel::AccountColumn).data().toString(),
             u"SignalWire demo"_s);

    // The text filter, as in a Numbers section.
    auto *filter = pane->findChild<QLineEdit *>(u"allNumbersFilter"_s);
    QVERIFY(filter);
    const QString sid = all->part(1)->rowAt(2).sid;
    filter->setText(sid);
    QVERIFY(QTest::qWaitFor([view] { return view->model()->rowCount() == 1; }, 2000));
    QCOMPARE(view->model()->index(0, 0).data(NumberTableModel::SidRole).toString(), sid);
    QCOMPARE(view->model()->index(0, NumberTableModel::AccountColumn).data().toString(), u"SignalWire demo"_s);
    filter->clear();
    QVERIFY(QTest::qWaitFor([view, expected] { return view->model()->rowCount() == expected; }, 2000));

    // Sorted by account: SignalWire's first.
    view->sortByColumn(NumberTableModel::AccountColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, NumberTableModel::AccountColumn).data().toString(), u"SignalWire demo"_s);
}

void tst_AllNumbersPane::loadedTablesEndTheOtherViewsWait()
{
    // Both Numbers sections read their tables; All numbers, opened after, has nothing to
    // read and must not wait for a first page that will not come.
    for (const auto &[account, section] : {std::pair{m_twilio, Section::TwilioNumbers},
                                           std::pair{m_signalwire, Section::SignalWireNumbers}}) {
        QVERIFY(m_window->selectSection(account, section));
        SectionPane *numbers = m_window->currentPane();
        QVERIFY(QTest::qWaitFor([numbers] { return numbers->isLoaded(); }, WaitMs));
        auto *table = static_cast<NumberTableModel *>(qobject_cast<NumbersPane *>(numbers)->listModel());
        QVERIFY(QTest::qWaitFor([table] { return table->isAtEnd(); }, WaitMs));
    }
    QVERIFY(m_window->selectSection(nullptr, Section::AllNumbers));
    auto *all = qobject_cast<AllNumbersPane *>(m_window->currentPane());
    QVERIFY(all);
    QVERIFY(all->isLoaded());
    QCOMPARE(all->state(), ListPane::State::Rows);

    // The other way round: All numbers read a new account's table, its Numbers section opens after.
    auto *later = new Account(u"later"_s, u"Later"_s);
    later->addProfile(m_sandbox.profile(ApiFamily::SignalWire));
    m_window->addAccount(later);
    QCOMPARE(all->numbers()->partCount(), 3);
    QVERIFY(QTest::qWaitFor([all] { return all->numbers()->isAtEnd(); }, WaitMs));
    QVERIFY(m_window->selectSection(later, Section::SignalWireNumbers));
    SectionPane *numbers = m_window->currentPane();
    QVERIFY(qobject_cast<NumbersPane *>(numbers));
    QVERIFY(numbers->isLoaded());
}

QTEST_MAIN(tst_AllNumbersPane)
void tst_AllNumbersPane::noStaleStartupWordsInTheStatusBar()
{
    // The app says "Starting sandbox…" until the sandbox's accounts come; All numbers belongs
    // to no account, and its status bar must not go on saying it once they are there.
    MainWindow window;
    window.showStartupMessage(u"Starting sandbox…"_s, u"Preparing"_s, u"Starting sandbox…"_s,
                              MainWindow::StartupKind::Busy);
    QCOMPARE(window.connectionIndicator()->text(), u"Starting sandbox…"_s);
    auto *account = new Account(u"late"_s, u"Late sandbox"_s);
    account->setSandbox(true);
    account->addProfile(m_sandbox.profile(ApiFamily::Twilio));
    window.addAccount(account);
    QVERIFY(window.selectSection(nullptr, Section::AllNumbers));
    QVERIFY2(!window.connectionIndicator()->text().contains(u"Starting"_s),
             qPrintable(window.connectionIndicator()->text()));
}

#include "tst_allnumberspane.moc"
