// The Numbers summary against the real sandbox over HTTP: NumberSummary's counts (area code
// or region, capability, problem) agree with the model's rows counted here one by one, follow
// a refresh that releases a number and one taken off by the model, and each bar's filter shows
// exactly its count; in NumbersPane, the Summary toggle shows the charts (remembered in the
// settings) and a bar's click filters the table through the pane's own filter widgets.
#include "api/accountclient.h"
#include "numbers/numberchecks.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numberform.h" // NumbersPane::form() needs the whole type
#include "numbers/numberspane.h"
#include "numbers/numbersummary.h"
#include "numbers/numbersummaryview.h"
#include "numbers/numbertablemodel.h"
#include "sandboxfixture.h"
#include "widgets/tablebehaviour.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QComboBox>
#include <QLineEdit>
#include <QMap>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Numbers = 240; // per account: several pages, many area codes and regions

// The counts made here the plain way, one question per row, to hold NumberSummary's one pass to.
struct Expected
{
    QMap<QString, int> byAreaCode; // "415" -> numbers (+1 415 ...)
    QMap<QString, int> byRegion;   // every number of the region, North American or not
    QMap<quint32, int> byCapability;
    QMap<quint32, int> byProblem;
    int withProblems = 0;
};

Expected countDirectly(const NumberTableModel &model)
{
    Expected e;
    for (int r = 0; r < model.rowCount(); ++r) {
        const NumberRow &n = model.rowAt(r);
        if (n.phoneNumber.startsWith(u"+1") && n.phoneNumber.size() >= 5)
            ++e.byAreaCode[n.phoneNumber.mid(2, 3)];
        if (const QString region = model.text(r, NumberField::Region); !region.isEmpty())
            ++e.byRegion[region];
        for (NumberRow::Capability c : {NumberRow::Voice, NumberRow::Sms, NumberRow::Mms, NumberRow::Fax})
            e.byCapability[c] += n.has(c) ? 1 : 0;
        for (NumberChecks::Problem p : NumberChecks::all())
            e.byProblem[p] += (n.problems & p) ? 1 : 0;
        e.withProblems += n.problems ? 1 : 0;
    }
    return e;
}

// Every count of `summary` against the rows; empty when they agree, else what differs.
QString disagreement(const NumberSummaryCounts &c, const NumberTableModel &model)
{
    const Expected e = countDirectly(model);
    QStringList wrong;
    const auto check = [&wrong](const QString &what, int got, int expected) {
        if (got != expected)
            wrong << u"%1: %2, expected %3"_s.arg(what).arg(got).arg(expected);
    };
    check(u"total"_s, c.total, model.rowCount());
    check(u"with problems"_s, c.withProblems, e.withProblems);
    int placed = 0;
    for (const NumberSummaryBar &bar : c.places) {
        placed += bar.count;
        if (bar.kind == NumberSummaryBar::Kind::AreaCode)
            check(u"area code "_s + bar.key, bar.count, e.byAreaCode.value(bar.key));
        else if (bar.kind == NumberSummaryBar::Kind::Region)
            check(u"region "_s + bar.key, bar.count, e.byRegion.value(bar.key));
    }
    check(u"places and Other together"_s, placed, model.rowCount());
    check(u"capability bars"_s, int(c.capabilities.size()), 4);
    for (const NumberSummaryBar &bar : c.capabilities)
        check(u"capability %1"_s.arg(bar.bits), bar.count, e.byCapability.value(bar.bits));
    check(u"problem bars"_s, int(c.problems.size()), int(NumberChecks::all().size()));
    for (const NumberSummaryBar &bar : c.problems)
        check(u"problem %1"_s.arg(bar.bits), bar.count, e.byProblem.value(bar.bits));
    return wrong.join(u"; "_s);
}
} // namespace

class tst_NumberSummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsAgreeWithTheRows();
    void eachBarsFilterShowsItsCount();
    void countsFollowARefresh();
    void countsOnlyWhileActive();
    void paneTogglesTheSummaryAndABarFiltersTheTable();

private:
    bool loadAll(NumberTableModel *model);

    SandboxFixture m_sandbox{Numbers};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_NumberSummary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_NumberSummary::init()
{
    m_sandbox.server().setFaults({});
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    TableBehaviour::setSettings(m_settings.get());
}

void tst_NumberSummary::cleanup()
{
    TableBehaviour::setSettings(nullptr);
    m_settings.reset();
    m_dir.reset();
}

bool tst_NumberSummary::loadAll(NumberTableModel *model)
{
    QSignalSpy done(model, &NumberTableModel::refreshed);
    QSignalSpy failed(model, &ListModel::loadFailed);
    model->startLoading();
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) && failed.isEmpty();
}

void tst_NumberSummary::countsAgreeWithTheRows()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    NumberTableModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberSummary summary(&model);
    QCOMPARE(summary.counts().total, 0);
    QVERIFY(loadAll(&model));
    QVERIFY(model.rowCount() > 0);
    QTRY_COMPARE(summary.counts().total, model.rowCount());
    const QString wrong = disagreement(summary.counts(), model);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // The static count is the same as the summary's own.
    QCOMPARE(NumberSummary::count(model), summary.counts());

    // The top places: at most ten bars of their own, most numerous first, then Other.
    const QList<NumberSummaryBar> &places = summary.counts().places;
    QVERIFY(!places.isEmpty());
    int own = 0;
    for (qsizetype i = 0; i < places.size(); ++i) {
        if (places.at(i).kind == NumberSummaryBar::Kind::Other) {
            QCOMPARE(i, places.size() - 1);
            QVERIFY(!places.at(i).isFilterable());
            continue;
        }
        ++own;
        if (i > 0 && places.at(i - 1).kind != NumberSummaryBar::Kind::Other)
            QVERIFY(places.at(i - 1).count >= places.at(i).count);
    }
    QVERIFY(own <= NumberSummary::DefaultTopPlaces);
    // The demo data has more places than bars: area codes of their own, and Other.
    QVERIFY(std::any_of(places.cbegin(), places.cend(),
                        [](const auto &b) { return b.kind == NumberSummaryBar::Kind::AreaCode; }));
    QCOMPARE(places.last().kind, NumberSummaryBar::Kind::Other);
    QVERIFY(places.last().places > 0);

    // Fewer top places: the rest goes to Other, the total stays.
    summary.setTopPlaces(3);
    QVERIFY(summary.counts().places.size() <= 4);
    const QString wrong3 = disagreement(summary.counts(), model);
    QVERIFY2(wrong3.isEmpty(), qPrintable(wrong3));
}

void tst_NumberSummary::eachBarsFilterShowsItsCount()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    NumberTableModel model(&client, nullptr);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(&model));
    const NumberSummaryCounts counts = NumberSummary::count(model);
    int checked = 0;
    for (const QList<NumberSummaryBar> *bars : {&counts.places, &counts.capabilities, &counts.problems}) {
        for (const NumberSummaryBar &bar : *bars) {
            if (!bar.isFilterable()) {
                QVERIFY(bar.filter().isEmpty());
                continue;
            }
            proxy.setFilter(bar.filter());
            QVERIFY2(proxy.rowCount() == bar.count,
                     qPrintable(u"%1 (%2): %3 rows shown, the bar says %4"_s
                                    .arg(NumberSummaryView::label(bar), bar.filter().text)
                                    .arg(proxy.rowCount())
                                    .arg(bar.count)));
            ++checked;
        }
    }
    QVERIFY(checked >= 4 + int(NumberChecks::all().size()));
}

void tst_NumberSummary::countsFollowARefresh()
{
    AccountClient client(m_sandbox.profile(ApiFamily::SignalWire));
    NumberTableModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberSummary summary(&model);
    QSignalSpy changed(&summary, &NumberSummary::countsChanged);
    QVERIFY(loadAll(&model));
    QTRY_COMPARE(summary.counts().total, model.rowCount());
    // Pages streaming in were counted a few times, not once per batch of rows.
    QVERIFY(changed.size() >= 1);
    const int before = model.rowCount();

    // Released on the server (as another client would): the refresh takes the row off.
    const NumberRow released = model.rowAt(0);
    const int areaBefore = NumberSummary::count(model, 1000).places.size();
    QCOMPARE(m_sandbox.serverChange(u"DELETE FROM numbers WHERE sid = ?"_s, {released.sid}), 1);
    QSignalSpy refreshed(&model, &NumberTableModel::refreshed);
    model.reload();
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(model.rowCount(), before - 1);
    QTRY_COMPARE(summary.counts().total, before - 1);
    QString wrong = disagreement(summary.counts(), model);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QVERIFY(NumberSummary::count(model, 1000).places.size() <= areaBefore);

    // Taken off by the model itself (a release through the outbox does this).
    const NumberRow &gone = model.rowAt(model.rowCount() - 1);
    const int capsBefore = summary.counts().capabilities.at(0).count; // Voice
    const bool voice = gone.has(NumberRow::Voice);
    QVERIFY(model.removeNumber(gone.sid));
    QTRY_COMPARE(summary.counts().total, before - 2);
    QCOMPARE(summary.counts().capabilities.at(0).count, capsBefore - (voice ? 1 : 0));
    wrong = disagreement(summary.counts(), model);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

void tst_NumberSummary::countsOnlyWhileActive()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    NumberTableModel model(&client, nullptr);
    NumberSummary summary(&model);
    summary.setActive(false);
    QSignalSpy changed(&summary, &NumberSummary::countsChanged);
    QVERIFY(loadAll(&model));
    QTest::qWait(400); // longer than the interval: nothing may be counted while hidden
    QCOMPARE(changed.size(), 0);
    QCOMPARE(summary.counts().total, 0);
    // Shown again: counted at once.
    summary.setActive(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(summary.counts().total, model.rowCount());
}

void tst_NumberSummary::paneTogglesTheSummaryAndABarFiltersTheTable()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    auto pane = std::make_unique<NumbersPane>(nullptr, &client, nullptr, nullptr);
    pane->resize(1000, 700);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded() && !pane->model()->isLoading(), 30000);
    QAction *toggle = pane->summaryAction();
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(pane->toolBarActions().contains(toggle)); // in the toolbar (and the shortcuts list)
    QVERIFY(!toggle->isChecked());
    QVERIFY(!pane->summaryView()->isVisible());
    QVERIFY(!pane->summary()->isActive()); // hidden: not counted

    toggle->trigger();
    QVERIFY(pane->summaryView()->isVisible());
    QVERIFY(pane->summary()->isActive());
    QCOMPARE(m_settings->value(u"Numbers/summaryShown"_s).toBool(), true);
    QTRY_COMPARE(pane->summary()->counts().total, pane->model()->rowCount());
    QVERIFY(pane->summaryView()->isShowingCharts());

    // A bar of each chart, clicked as the chart reports it (its set's index): the table
    // shows exactly that bar's count, through the pane's own filter widgets.
    auto *text = pane->findChild<QLineEdit *>(u"numberFilter"_s);
    auto *capability = pane->findChild<QComboBox *>(u"capabilityFilter"_s);
    auto *problem = pane->findChild<QComboBox *>(u"problemFilter"_s);
    QVERIFY(text && capability && problem);
    NumberSummaryView *view = pane->summaryView();
    QSignalSpy clicked(view, &NumberSummaryView::barClicked);
    for (auto chart : {NumberSummaryView::Chart::Places, NumberSummaryView::Chart::Capabilities,
                       NumberSummaryView::Chart::Problems}) {
        QBarSet *set = view->barSet(chart);
        QVERIFY(set);
        const QList<NumberSummaryBar> bars = view->bars(chart);
        QVERIFY(!bars.isEmpty());
        // The top bar (the set's last value), unless it counts nothing.
        int index = int(bars.size()) - 1;
        while (index > 0 && (!view->barAt(chart, index).isFilterable() || view->barAt(chart, index).count == 0))
            --index;
        const NumberSummaryBar bar = view->barAt(chart, index);
        QVERIFY(bar.isFilterable());
        QVERIFY(bar.count > 0);
        clicked.clear();
        emit set->clicked(index);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(pane->proxy()->filter(), bar.filter());
        QCOMPARE(pane->proxy()->rowCount(), bar.count);
        switch (chart) {
        case NumberSummaryView::Chart::Places:
            if (bar.kind == NumberSummaryBar::Kind::AreaCode)
                QCOMPARE(text->text(), u"+1 "_s + bar.key);
            break;
        case NumberSummaryView::Chart::Capabilities:
            QCOMPARE(quint32(capability->currentData().toInt()), bar.bits);
            QVERIFY(text->text().isEmpty());
            break;
        case NumberSummaryView::Chart::Problems:
            QCOMPARE(problem->currentData().toUInt(), bar.bits);
            QCOMPARE(capability->currentIndex(), 0); // the capability bar's filter was cleared
            break;
        }
        // The same bar again: every number.
        emit set->clicked(index);
        QVERIFY(!pane->proxy()->isFiltering());
        QCOMPARE(pane->proxy()->rowCount(), pane->model()->rowCount());
    }

    // Off: hidden and not counted; the next pane starts as this one was left.
    toggle->trigger();
    QVERIFY(!pane->summaryView()->isVisible());
    QVERIFY(!pane->summary()->isActive());
    QCOMPARE(m_settings->value(u"Numbers/summaryShown"_s).toBool(), false);
    toggle->trigger();
    pane.reset();
    NumbersPane again(nullptr, &client, nullptr, nullptr);
    QVERIFY(again.summaryAction()->isChecked());
}

QTEST_MAIN(tst_NumberSummary)
#include "tst_numbersummary.moc"
