// All numbers against the real sandbox over HTTP: the Twilio and SignalWire accounts' shared
// tables as one model, under QAbstractItemModelTester (the model and its filter proxy) while
// both stream in; two views (an account's Numbers and All numbers) over one table and cache,
// a change on the server and a release seen by both; a sweep of many rows in one account
// (a layout change) keeping the other account's persistent indexes; and a NumberFilterModel
// over All numbers sorting and filtering each account's rows as it does that account alone.
#include "api/account.h"
#include "api/accountclient.h"
#include "api/jobprogress.h"
#include "numbers/allnumbersmodel.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numbertablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Numbers = 180; // per account: several pages of 50

// Each shown row's SID, in the proxy's order; of one table's rows only when `only` is set.
QStringList shownSids(const NumberFilterModel &proxy, const NumberTableModel *only = nullptr)
{
    QStringList sids;
    NumberRows *rows = proxy.rows();
    for (int p = 0; p < proxy.rowCount(); ++p) {
        const auto [part, row] = rows->locate(proxy.mapToSource(proxy.index(p, 0)).row());
        const NumberTableModel *table = rows->part(part);
        if (!only || table == only)
            sids << table->rowAt(row).sid;
    }
    return sids;
}
} // namespace

class tst_AllNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyAccountStreamsInUnderTheTester();
    void twoViewsOverOneCache();
    void aSweepInOneAccountKeepsTheOthersIndexes();
    void sortAndFilterAsEachAccountAlone();

private:
    // Waits until every table of the model has read its server's list in full.
    bool loadAll(AllNumbersModel *all);
    int serverRows(ApiFamily family) const;

    SandboxFixture m_sandbox{Numbers};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Account> m_twilio;
    std::unique_ptr<Account> m_signalwire;
};

void tst_AllNumbers::initTestCase()
{
    qRegisterMetaType<NumberTableModel *>();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_AllNumbers::init()
{
    m_sandbox.server().setFaults({});
    m_dir = std::make_unique<QTemporaryDir>();
    // New accounts (so new clients, new shared tables) for each test.
    m_twilio = std::make_unique<Account>(u"twilio-demo"_s, u"Twilio demo"_s);
    m_twilio->addProfile(m_sandbox.profile(ApiFamily::Twilio));
    m_signalwire = std::make_unique<Account>(u"signalwire-demo"_s, u"SignalWire demo"_s);
    m_signalwire->addProfile(m_sandbox.profile(ApiFamily::SignalWire));
}

int tst_AllNumbers::serverRows(ApiFamily family) const
{
    return m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = ? AND account = ''"_s,
                                 {family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s});
}

bool tst_AllNumbers::loadAll(AllNumbersModel *all)
{
    QSignalSpy failed(all, &ListModel::loadFailed);
    all->startLoading();
    const auto done = [all] {
        const QList<NumberTableModel *> tables = all->tables();
        return std::all_of(tables.cbegin(), tables.cend(),
                           [](NumberTableModel *t) { return t->isAtEnd() && !t->isLoading(); });
    };
    return QTest::qWaitFor([&] { return done() || !failed.isEmpty(); }, 30000) && failed.isEmpty();
}

void tst_AllNumbers::everyAccountStreamsInUnderTheTester()
{
    AllNumbersModel all(m_dir->path());
    QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberFilterModel proxy;
    proxy.setSourceModel(&all);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    all.setAccounts({m_twilio.get(), m_signalwire.get()});
    QCOMPARE(all.partCount(), 2);
    NumberTableModel *twilio = all.part(0);
    NumberTableModel *signalwire = all.part(1);
    QCOMPARE(twilio, NumberTableModel::forClient(m_twilio->client(ApiFamily::Twilio), m_dir->path()));
    QCOMPARE(signalwire, NumberTableModel::forClient(m_signalwire->client(ApiFamily::SignalWire), m_dir->path()));
    for (NumberTableModel *table : all.tables())
        table->setPageSize(50); // many insertions each, the two accounts' interleaved
    proxy.sort(NumberTableModel::FriendlyNameColumn); // sorted while the rows stream in
    QSignalSpy jobs(&all, &AllNumbersModel::jobStarted);
    QSignalSpy pages(&all, &ListModel::pageLoaded);
    QSignalSpy loading(&all, &ListModel::loadingChanged);
    QVERIFY(loadAll(&all));

    const int twilioRows = serverRows(ApiFamily::Twilio);
    const int signalwireRows = serverRows(ApiFamily::SignalWire);
    QVERIFY(twilioRows > 0 && signalwireRows > 0);
    QCOMPARE(all.rowCount(), twilioRows + signalwireRows);
    QCOMPARE(proxy.rowCount(), all.rowCount());
    QCOMPARE(all.totalCount(), all.rowCount());
    QVERIFY(all.isAtEnd());
    QVERIFY(!all.isLoading());
    QVERIFY(all.hasLoadedFirstPage());
    QVERIFY(!all.lastError().isError());
    QCOMPARE(jobs.size(), 2);
    QVERIFY(pages.size() >= 2);
    QVERIFY(!loading.isEmpty());
    QCOMPARE(loading.last().first().toBool(), false);
    QVERIFY(all.jobs().isEmpty()); // both finished

    // One account after the other, each row its table's row, named by its account.
    QCOMPARE(all.offsetOf(twilio), 0);
    QCOMPARE(all.offsetOf(signalwire), twilioRows);
    for (int r = 0; r < all.rowCount(); ++r) {
        const bool first = r < twilioRows;
        NumberTableModel *table = first ? twilio : signalwire;
        const int row = first ? r : r - twilioRows;
        QCOMPARE(all.locate(r), std::pair(first ? 0 : 1, row));
        QCOMPARE(all.data(all.index(r, NumberTableModel::AccountColumn)).toString(),
                 first ? u"Twilio demo"_s : u"SignalWire demo"_s);
        QCOMPARE(all.data(all.index(r, 0), NumberTableModel::SidRole).toString(),
                 table->rowAt(row).sid);
        QCOMPARE(all.data(all.index(r, NumberTableModel::FriendlyNameColumn)),
                 table->data(table->index(row, NumberTableModel::FriendlyNameColumn)));
        QCOMPARE(all.rowOf(table->rowAt(row).sid), r);
    }
    QCOMPARE(all.locate(all.rowCount()), std::pair(-1, -1));
    QCOMPARE(all.headerData(NumberTableModel::AccountColumn, Qt::Horizontal).toString(), u"Account"_s);
    QCOMPARE(all.columnCount(), int(NumberTableModel::ColumnCount));
    int row = -1;
    QCOMPARE(all.tableOf(signalwire->rowAt(3).sid, &row), signalwire);
    QCOMPARE(row, 3);
    QCOMPARE(all.tableOf(u"PN-not-listed"_s), nullptr);

    // An account removed (its client and table go with it): a reset, its rows gone.
    QSignalSpy reset(&all, &QAbstractItemModel::modelReset);
    m_twilio.reset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(all.partCount(), 1);
    QCOMPARE(all.rowCount(), signalwireRows);
    QCOMPARE(proxy.rowCount(), signalwireRows);
    QCOMPARE(all.data(all.index(0, NumberTableModel::AccountColumn)).toString(), u"SignalWire demo"_s);

    // An account renamed: its rows say the new name.
    m_signalwire->setDisplayName(u"SignalWire renamed"_s);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(all.partName(0), u"SignalWire renamed"_s);
    QCOMPARE(all.data(all.index(signalwireRows - 1, NumberTableModel::AccountColumn)).toString(),
             u"SignalWire renamed"_s);
    m_signalwire->setDescription(u"only the description"_s); // changed, not renamed: no reset
    QCOMPARE(reset.size(), 2);
}

void tst_AllNumbers::twoViewsOverOneCache()
{
    // The Twilio account's Numbers section opens first: its table, with its cache.
    AccountClient *client = m_twilio->client(ApiFamily::Twilio);
    NumberTableModel *numbers = NumberTableModel::forClient(client, m_dir->path());
    NumberFilterModel numbersView;
    numbersView.setSourceModel(numbers);
    QAbstractItemModelTester numbersTester(numbers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester numbersViewTester(&numbersView, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy numbersDone(numbers, &NumberTableModel::refreshed);
    numbers->startLoading();
    QVERIFY(numbersDone.wait(30000));

    // Then All numbers: the same table (no second load of it), and the SignalWire one.
    AllNumbersModel all(m_dir->path());
    QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberFilterModel allView;
    allView.setSourceModel(&all);
    QAbstractItemModelTester allViewTester(&allView, QAbstractItemModelTester::FailureReportingMode::QtTest);
    all.setAccounts({m_twilio.get(), m_signalwire.get()});
    QCOMPARE(all.part(0), numbers);
    QSignalSpy refreshedHere(&all, &AllNumbersModel::tableRefreshed);
    QVERIFY(loadAll(&all));
    QCOMPARE(refreshedHere.size(), 1); // only SignalWire's was read now
    QCOMPARE(refreshedHere.first().first().value<NumberTableModel *>(), all.part(1));
    QCOMPARE(all.rowCount(), numbers->rowCount() + serverRows(ApiFamily::SignalWire));
    QCOMPARE(numbers->rowCount(), serverRows(ApiFamily::Twilio));

    // Renamed on the server, then the Numbers section reloads: both views show the new name.
    const QString renamed = numbers->rowAt(5).sid;
    QCOMPARE(m_sandbox.serverChange(u"UPDATE numbers SET friendly_name = 'Renamed for both views', date_updated = date_updated + 60 WHERE sid = ?"_s,
                                    {renamed}), 1);
    QSignalSpy allChanged(&all, &QAbstractItemModel::dataChanged);
    numbers->reload();
    QVERIFY(numbersDone.wait(30000));
    QCOMPARE(allChanged.size(), 1);
    QCOMPARE(allChanged.first().first().toModelIndex().row(), all.rowOf(renamed));
    const auto nameIn = [](const QAbstractItemModel &view, int row) {
        return view.data(view.index(row, NumberTableModel::FriendlyNameColumn)).toString();
    };
    QCOMPARE(nameIn(*numbers, numbers->rowOf(renamed)), u"Renamed for both views"_s);
    QCOMPARE(nameIn(all, all.rowOf(renamed)), u"Renamed for both views"_s);
    NumberViewFilter f;
    f.text = u"renamed for both"_s;
    numbersView.setFilter(f);
    allView.setFilter(f);
    QCOMPARE(numbersView.rowCount(), 1);
    QCOMPARE(allView.rowCount(), 1);
    QCOMPARE(nameIn(allView, 0), u"Renamed for both views"_s);

    // Released on the server, read again through All numbers: the row leaves both.
    const QString released = numbers->rowAt(7).sid;
    const int releasedHere = all.rowOf(released);
    QCOMPARE(m_sandbox.serverChange(u"DELETE FROM numbers WHERE sid = ?"_s, {released}), 1);
    QSignalSpy allRemoved(&all, &QAbstractItemModel::rowsRemoved);
    all.reload();
    QVERIFY(loadAll(&all));
    QCOMPARE(allRemoved.size(), 1);
    QCOMPARE(allRemoved.first().at(1).toInt(), releasedHere);
    QCOMPARE(numbers->rowOf(released), -1);
    QCOMPARE(all.rowOf(released), -1);
    QCOMPARE(numbers->rowCount(), serverRows(ApiFamily::Twilio));
    QCOMPARE(all.rowCount(), numbers->rowCount() + serverRows(ApiFamily::SignalWire));

    // Released in the app (what NumberRelease does once the server said yes): gone from both.
    allView.setFilter({});
    const QString inApp = numbers->rowAt(0).sid;
    QVERIFY(numbers->removeNumber(inApp));
    QCOMPARE(all.rowOf(inApp), -1);
    QCOMPARE(all.rowCount(), numbers->rowCount() + all.part(1)->rowCount());
    QCOMPARE(allView.rowCount(), all.rowCount());
    QCOMPARE(numbersView.rowCount(), 1); // still filtered on the renamed one's name
    numbersView.setFilter({});
    QCOMPARE(numbersView.rowCount(), numbers->rowCount());
}

void tst_AllNumbers::aSweepInOneAccountKeepsTheOthersIndexes()
{
    AllNumbersModel all(QString{}); // no cache
    QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberFilterModel proxy;
    proxy.setSourceModel(&all);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    all.addClient(m_twilio->client(ApiFamily::Twilio), m_twilio->displayName());
    all.addClient(m_signalwire->client(ApiFamily::SignalWire), m_signalwire->displayName());
    all.addClient(m_twilio->client(ApiFamily::Twilio), u"again"_s); // listed already
    QCOMPARE(all.partCount(), 2);
    QVERIFY(loadAll(&all));
    NumberTableModel *twilio = all.part(0);
    NumberTableModel *signalwire = all.part(1);

    // Every other Twilio row released at once: many runs, so the table sweeps (a layout change).
    QStringList gone;
    for (int r = 1; r < twilio->rowCount() && gone.size() < 40; r += 2)
        gone << twilio->rowAt(r).sid;
    const QString keptTwilio = twilio->rowAt(2).sid;
    const QString keptSignalWire = signalwire->rowAt(4).sid;
    QPersistentModelIndex heldTwilio(all.index(all.rowOf(keptTwilio), NumberTableModel::FriendlyNameColumn));
    QPersistentModelIndex heldGone(all.index(all.rowOf(gone.first()), 0));
    QPersistentModelIndex heldSignalWire(all.index(all.rowOf(keptSignalWire), NumberTableModel::AccountColumn));
    QSignalSpy layout(&all, &QAbstractItemModel::layoutChanged);
    const int before = all.rowCount();
    QCOMPARE(twilio->removeNumbers(gone), int(gone.size()));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(all.rowCount(), before - int(gone.size()));
    QCOMPARE(proxy.rowCount(), all.rowCount());
    QVERIFY(!heldGone.isValid());
    QCOMPARE(heldTwilio.row(), all.rowOf(keptTwilio));
    QCOMPARE(heldTwilio.column(), int(NumberTableModel::FriendlyNameColumn));
    QCOMPARE(heldSignalWire.row(), all.rowOf(keptSignalWire));
    QCOMPARE(heldSignalWire.row(), twilio->rowCount() + 4);
    QCOMPARE(heldSignalWire.data().toString(), u"SignalWire demo"_s);
    for (const QString &sid : std::as_const(gone))
        QCOMPARE(all.rowOf(sid), -1);
}

void tst_AllNumbers::sortAndFilterAsEachAccountAlone()
{
    AllNumbersModel all(QString{});
    all.setAccounts({m_signalwire.get(), m_twilio.get()}); // SignalWire first: sorted by name, it is not
    QVERIFY(loadAll(&all));
    NumberFilterModel allView;
    allView.setSourceModel(&all);
    QAbstractItemModelTester allViewTester(&allView, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::shared_ptr<NumberFilterModel>> alone;
    for (NumberTableModel *table : all.tables()) {
        auto view = std::make_shared<NumberFilterModel>();
        view->setSourceModel(table);
        alone.append(view);
    }
    const NumberTableModel *signalwire = all.part(0);
    const NumberTableModel *twilio = all.part(1);

    // The filters: a name's letters, a number's digits, a region, a capability, problems.
    const auto letters = [&](const NumberTableModel *t) {
        for (int r = 0; r < t->rowCount(); ++r) {
            const QString name = t->rowAt(r).friendlyName.left(4);
            if (name.contains(QRegularExpression(u"^[A-Za-z]{4}$"_s)))
                return name;
        }
        return QString();
    };
    QList<std::pair<const char *, NumberViewFilter>> filters;
    filters.append({"none", NumberViewFilter{}});
    NumberViewFilter f;
    f.text = letters(twilio).toLower();
    QVERIFY(!f.text.isEmpty());
    filters.append(std::pair{"text", f});
    f = {};
    f.text = signalwire->rowAt(3).phoneNumber.mid(5, 4);
    filters.append(std::pair{"digits", f});
    f = {};
    f.region = twilio->text(0, NumberField::Region);
    filters.append(std::pair{"region", f});
    f = {};
    f.capabilities = NumberRow::Sms;
    filters.append(std::pair{"capability", f});
    f = {};
    f.problemsOnly = true;
    filters.append(std::pair{"problems", f});

    const QList<int> columns{-1,
                             NumberTableModel::AccountColumn,
                             NumberTableModel::NumberColumn,
                             NumberTableModel::FriendlyNameColumn,
                             NumberTableModel::RegionColumn,
                             NumberTableModel::VoiceColumn,
                             NumberTableModel::SmsColumn,
                             NumberTableModel::ProblemsColumn,
                             NumberTableModel::CreatedColumn};
    for (const auto &[name, filter] : std::as_const(filters)) {
        allView.setFilter(filter);
        int sum = 0;
        for (const auto &view : std::as_const(alone)) {
            view->setFilter(filter);
            sum += view->rowCount();
        }
        QVERIFY2(allView.rowCount() == sum, name);
        // The searches find some rows, not all (the others may find any number).
        if (qstrcmp(name, "text") == 0 || qstrcmp(name, "digits") == 0 || qstrcmp(name, "region") == 0)
            QVERIFY2(sum > 0 && sum < all.rowCount(), name);
        for (const int column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                allView.sort(column, order);
                for (const auto &view : std::as_const(alone))
                    view->sort(column == NumberTableModel::AccountColumn ? NumberTableModel::NumberColumn : column, order);
                const QByteArray where = QByteArray(name) + " by " + QByteArray::number(column)
                                         + (order == Qt::AscendingOrder ? " up" : " down");
                // Each account's rows in the order that account alone shows them.
                for (int i = 0; i < all.partCount(); ++i)
                    QVERIFY2(shownSids(allView, all.part(i)) == shownSids(*alone.at(i)), where.constData());
                if (column == NumberTableModel::AccountColumn && sum > 0) {
                    // Every row of one account, then the other's: "SignalWire demo" < "Twilio demo".
                    const QStringList sids = shownSids(allView);
                    const QStringList first = shownSids(*alone.at(order == Qt::AscendingOrder ? 0 : 1));
                    QVERIFY2(sids.mid(0, first.size()) == first, where.constData());
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_AllNumbers)
#include "tst_allnumbers.moc"
