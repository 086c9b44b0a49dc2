// The broadcast form's number selection, as models: which numbers each channel and verification
// allows (and why not), the 49-number limit, "select all visible" and the reasons it is
// refused, the numbers dropped when the channel or verification changes, a draft restored
// with ids the lists do not (yet) hold, the filter's spellings, the chosen list, and 10,000
// numbers handled with one signal per bulk change. Every model and proxy runs under
// QAbstractItemModelTester. No translator is loaded: plurals read as their source text,
// "60 number(s) match" (the English translation gives "60 numbers match").
#include "broadcast/numberselectionmodel.h"
#include "support/broadcastnumbers.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Validation::BroadcastChannel;
using Validation::BroadcastNumberRef;

using BroadcastNumbers::FirstLocal312;
using BroadcastNumbers::FirstTollFreeA;
using BroadcastNumbers::FirstTollFreeB;

namespace {
QString idOf(int n)
{
    return BroadcastNumbers::id(n);
}
} // namespace

class tst_NumberSelection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void display();
    void eligibility_data();
    void eligibility();
    void checkingAndOrder();
    void ineligibleRefused();
    void limitOf49();
    void droppedOnChannelChange();
    void droppedOnVerificationChange();
    void droppedMessage();
    void restoreWithUnknownIds();
    void restoreBeforeNumbersLoaded();
    void readOnly();
    void filter_data();
    void filter();
    void chosenOnly();
    void eligibleFirst();
    void selectAllVisible();
    void selectAllVisibleReasons();
    void chosenList();
    void tenThousandNumbers();

private:
    std::unique_ptr<NumberSelectionModel> m_model;
    std::unique_ptr<NumberSelectionFilterModel> m_proxy;
    std::unique_ptr<ChosenNumbersModel> m_chosen;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];

    QModelIndex rowOf(const QString &id) const { return m_model->index(m_model->rowOfId(id)); }
    bool check(int n, bool chosen = true)
    {
        return m_model->setData(rowOf(idOf(n)), chosen ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    QStringList visibleIds() const
    {
        QStringList ids;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            ids << m_proxy->index(r, 0).data(NumberSelectionModel::IdRole).toString();
        return ids;
    }
};

void tst_NumberSelection::init()
{
    m_model = std::make_unique<NumberSelectionModel>();
    m_proxy = std::make_unique<NumberSelectionFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_chosen = std::make_unique<ChosenNumbersModel>(m_model.get());
    // Testers before data, so that they watch the first reset too.
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[1] = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[2] = std::make_unique<QAbstractItemModelTester>(m_chosen.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setVerificationNames({{u"tfv_a"_s, u"Acme Health"_s}, {u"tfv_b"_s, u"Birch Retail"_s}});
    m_model->setNumbers(BroadcastNumbers::demo());
}

void tst_NumberSelection::cleanup()
{
    for (auto &tester : m_testers)
        tester.reset();
    m_chosen.reset();
    m_proxy.reset();
    m_model.reset();
}

void tst_NumberSelection::display()
{
    QCOMPARE(m_model->rowCount(), 105);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data().toString(), u"+1 206 555 1000"_s);
    QCOMPARE(first.data(NumberSelectionModel::PhoneNumberRole).toString(), u"+12065551000"_s);
    QCOMPARE(first.data(NumberSelectionModel::AreaCodeRole).toString(), u"206"_s);
    QCOMPARE(first.data(NumberSelectionModel::TypeRole).toString(), u"local"_s);
    const QModelIndex tollFree = rowOf(idOf(FirstTollFreeA));
    QCOMPARE(tollFree.data(NumberSelectionModel::TypeRole).toString(), u"toll-free"_s);
    QCOMPARE(tollFree.data(NumberSelectionModel::VerificationRole).toString(), u"tfv_a"_s);
    // Outside +1 the E.164 text is shown as it is.
    QCOMPARE(NumberSelectionModel::displayNumber(u"+442071234567"_s), u"+442071234567"_s);
}

void tst_NumberSelection::eligibility_data()
{
    QTest::addColumn<BroadcastChannel>("channel");
    QTest::addColumn<QString>("verification");
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("tooltip");

    const auto tenDlc = BroadcastChannel::TenDlc;
    const auto tollFree = BroadcastChannel::TollFree;
    QTest::addRow("10DLC, local") << tenDlc << QString() << 0 << true << u"Local number"_s;
    QTest::addRow("10DLC, toll-free")
        << tenDlc << u"tfv_a"_s << FirstTollFreeA << false
        << u"Toll-free number: a 10DLC project sends from local numbers"_s;
    QTest::addRow("toll-free, no verification, toll-free number")
        << tollFree << QString() << FirstTollFreeA << false
        << u"Choose a toll-free verification first: a toll-free project sends from its numbers"_s;
    QTest::addRow("toll-free, local number")
        << tollFree << u"tfv_a"_s << 0 << false
        << u"Local number: a toll-free project sends from toll-free numbers of its verification"_s;
    QTest::addRow("toll-free, its verification")
        << tollFree << u"tfv_a"_s << FirstTollFreeA << true << u"Toll-free number"_s;
    QTest::addRow("toll-free, other verification")
        << tollFree << u"tfv_a"_s << FirstTollFreeB << false
        << u"Belongs to another toll-free verification (Birch Retail)"_s;
    QTest::addRow("toll-free, the other verification")
        << tollFree << u"tfv_b"_s << FirstTollFreeA << false
        << u"Belongs to another toll-free verification (Acme Health)"_s;
}

void tst_NumberSelection::eligibility()
{
    QFETCH(BroadcastChannel, channel);
    QFETCH(QString, verification);
    QFETCH(int, number);
    QFETCH(bool, eligible);
    QFETCH(QString, tooltip);

    m_model->setChannel(channel);
    m_model->setTollFreeVerification(verification);
    const QModelIndex index = rowOf(idOf(number));
    QCOMPARE(index.data(NumberSelectionModel::EligibleRole).toBool(), eligible);
    QCOMPARE(m_model->flags(index).testFlag(Qt::ItemIsEnabled), eligible);
    QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), tooltip);
    QCOMPARE(check(number), eligible);
    QCOMPARE(m_model->selectedIds(), eligible ? QStringList{idOf(number)} : QStringList{});
}

void tst_NumberSelection::checkingAndOrder()
{
    QSignalSpy changed(m_model.get(), &NumberSelectionModel::selectionChanged);
    QVERIFY(changed.isValid());
    QVERIFY(check(5));
    QVERIFY(check(2));
    QVERIFY(check(70));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(m_model->selectedIds(), (QStringList{idOf(5), idOf(2), idOf(70)}));
    QCOMPARE(rowOf(idOf(2)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(m_model->selectedCount(), 3);

    QVERIFY(check(2, false));
    QCOMPARE(m_model->selectedIds(), (QStringList{idOf(5), idOf(70)}));
    QCOMPARE(rowOf(idOf(2)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(check(2)); // chosen again: now last
    QCOMPARE(m_model->selectedIds(), (QStringList{idOf(5), idOf(70), idOf(2)}));
    QVERIFY(check(2)); // checking a checked row changes nothing
    QCOMPARE(changed.size(), 5);

    m_model->clear();
    QCOMPARE(m_model->selectedCount(), 0);
    QCOMPARE(rowOf(idOf(5)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void tst_NumberSelection::ineligibleRefused()
{
    QVERIFY(!check(FirstTollFreeA)); // 10DLC
    QVERIFY(!m_model->setChosen(idOf(FirstTollFreeA), true));
    QVERIFY(!m_model->setChosen(u"pn_nowhere"_s, true)); // not a number of the organisation
    QCOMPARE(m_model->selectedCount(), 0);
}

void tst_NumberSelection::limitOf49()
{
    QSignalSpy limit(m_model.get(), &NumberSelectionModel::limitReached);
    QVERIFY(limit.isValid());
    for (int n = 0; n < 49; ++n)
        QVERIFY(check(n));
    QCOMPARE(m_model->selectedCount(), 49);
    QCOMPARE(limit.size(), 0);

    QVERIFY(!check(49)); // the 50th
    QCOMPARE(limit.size(), 1);
    QCOMPARE(limit.first().first().toString(),
             u"A project sends from at most 49 numbers: remove one before choosing another."_s);
    QCOMPARE(m_model->selectedCount(), 49);
    QCOMPARE(rowOf(idOf(49)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    QVERIFY(check(0, false)); // one out, another in
    QVERIFY(check(49));
    QCOMPARE(m_model->selectedCount(), 49);
    QCOMPARE(m_model->selectedIds().last(), idOf(49));
}

void tst_NumberSelection::droppedOnChannelChange()
{
    QVERIFY(check(3));
    QVERIFY(check(FirstLocal312));
    QSignalSpy dropped(m_model.get(), &NumberSelectionModel::droppedNumbers);
    QSignalSpy changed(m_model.get(), &NumberSelectionModel::selectionChanged);
    QVERIFY(dropped.isValid() && changed.isValid());

    m_model->setChannel(BroadcastChannel::TollFree);
    QCOMPARE(dropped.size(), 1);
    const auto list = dropped.first().first().value<QList<DroppedNumber>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, idOf(3));
    QCOMPARE(list.at(0).phoneNumber, u"+12065551003"_s);
    QCOMPARE(list.at(0).reason, u"local, not allowed on toll-free"_s);
    QCOMPARE(list.at(1).id, idOf(FirstLocal312));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->selectedCount(), 0);
    QCOMPARE(rowOf(idOf(3)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    m_model->setTollFreeVerification(u"tfv_a"_s);
    QVERIFY(check(FirstTollFreeA));
    m_model->setChannel(BroadcastChannel::TenDlc);
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.last().first().value<QList<DroppedNumber>>(),
             (QList<DroppedNumber>{{idOf(FirstTollFreeA), u"+18335551000"_s, u"toll-free, not allowed on 10DLC"_s}}));

    // A change that drops nothing says nothing.
    m_model->setChannel(BroadcastChannel::TenDlc);
    QVERIFY(check(1));
    m_model->setTollFreeVerification(u"tfv_b"_s); // irrelevant on 10DLC
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(m_model->selectedIds(), QStringList{idOf(1)});
}

void tst_NumberSelection::droppedOnVerificationChange()
{
    m_model->setChannel(BroadcastChannel::TollFree);
    m_model->setTollFreeVerification(u"tfv_a"_s);
    QVERIFY(check(FirstTollFreeA));
    QVERIFY(check(FirstTollFreeA + 1));
    QSignalSpy dropped(m_model.get(), &NumberSelectionModel::droppedNumbers);
    QVERIFY(dropped.isValid());

    m_model->setTollFreeVerification(u"tfv_b"_s);
    QCOMPARE(dropped.size(), 1);
    const auto list = dropped.first().first().value<QList<DroppedNumber>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).reason, u"belongs to verification Acme Health"_s);
    QVERIFY(check(FirstTollFreeB));

    m_model->setTollFreeVerification({});
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.last().first().value<QList<DroppedNumber>>().first().reason,
             u"no toll-free verification chosen"_s);
    QCOMPARE(m_model->selectedCount(), 0);
}

void tst_NumberSelection::droppedMessage()
{
    QCOMPARE(NumberSelectionModel::droppedMessage({}), QString());
    const DroppedNumber one{u"pn_1"_s, u"+18335550100"_s, u"toll-free, not allowed on 10DLC"_s};
    QCOMPARE(NumberSelectionModel::droppedMessage({one}),
             u"Dropped 1 number(s): +1 833 555 0100 (toll-free, not allowed on 10DLC)"_s);
    const DroppedNumber local{u"pn_2"_s, u"+12065550143"_s, u"local, not allowed on toll-free"_s};
    QCOMPARE(NumberSelectionModel::droppedMessage({one, local, local, local, local}),
             u"Dropped 5 number(s): +1 833 555 0100 (toll-free, not allowed on 10DLC), "
             "+1 206 555 0143 (local, not allowed on toll-free), "
             "+1 206 555 0143 (local, not allowed on toll-free) and 2 more"_s);
}

void tst_NumberSelection::restoreWithUnknownIds()
{
    QSignalSpy dropped(m_model.get(), &NumberSelectionModel::droppedNumbers);
    QVERIFY(dropped.isValid());
    m_model->setSelectedIds({idOf(7), u"pn_gone"_s, idOf(7), idOf(FirstTollFreeA), idOf(8)});
    // Duplicates ignored, the unknown id kept in its place, the toll-free one dropped on 10DLC.
    QCOMPARE(m_model->selectedIds(), (QStringList{idOf(7), u"pn_gone"_s, idOf(8)}));
    QCOMPARE(m_model->unknownSelectedIds(), QStringList{u"pn_gone"_s});
    QCOMPARE(m_model->selectedCount(), 3);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().first().value<QList<DroppedNumber>>().first().id, idOf(FirstTollFreeA));
    QCOMPARE(rowOf(idOf(8)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    // The chosen list shows the unknown id so that it can be removed.
    QCOMPARE(m_chosen->rowCount(), 3);
    QCOMPARE(m_chosen->index(1).data().toString(), u"pn_gone (not found)"_s);
    QCOMPARE(m_chosen->index(1).data(ChosenNumbersModel::KnownRole).toBool(), false);
    QVERIFY(m_chosen->index(1).data(Qt::ToolTipRole).toString().startsWith(u"Not among the organisation's numbers"_s));
    m_chosen->removeChosen({1});
    QCOMPARE(m_model->selectedIds(), (QStringList{idOf(7), idOf(8)}));
    QVERIFY(m_model->unknownSelectedIds().isEmpty());

    // Replacing the selection unchecks what is no longer in it.
    m_model->setSelectedIds({idOf(9)});
    QCOMPARE(rowOf(idOf(7)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(rowOf(idOf(9)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void tst_NumberSelection::restoreBeforeNumbersLoaded()
{
    NumberSelectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(BroadcastChannel::TollFree);
    model.setTollFreeVerification(u"tfv_a"_s);
    model.setSelectedIds({idOf(FirstTollFreeA), idOf(FirstTollFreeB), idOf(FirstTollFreeA + 1)});
    QCOMPARE(model.unknownSelectedIds().size(), 3); // no lists yet: kept, all unknown

    QSignalSpy dropped(&model, &NumberSelectionModel::droppedNumbers);
    QVERIFY(dropped.isValid());
    model.setNumbers(BroadcastNumbers::demo());
    // Known now; the one of the other verification is dropped and said.
    QCOMPARE(model.selectedIds(), (QStringList{idOf(FirstTollFreeA), idOf(FirstTollFreeA + 1)}));
    QVERIFY(model.unknownSelectedIds().isEmpty());
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().first().value<QList<DroppedNumber>>().first().id, idOf(FirstTollFreeB));
    QCOMPARE(model.index(model.rowOfId(idOf(FirstTollFreeA))).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
}

void tst_NumberSelection::readOnly()
{
    QVERIFY(check(1));
    m_model->setReadOnly(true);
    QVERIFY(!m_model->flags(rowOf(idOf(2))).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!check(2));
    QVERIFY(!check(1, false));
    m_model->clear();
    QCOMPARE(m_model->selectedIds(), QStringList{idOf(1)});
    QString why;
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"The numbers cannot be changed here"_s);
    m_model->setReadOnly(false);
    QVERIFY(check(2));
}

void tst_NumberSelection::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("firstNumber");

    QTest::addRow("empty") << u""_s << 105 << 0;
    QTest::addRow("spaces only") << u"   "_s << 105 << 0;
    QTest::addRow("area code") << u"312"_s << 30 << FirstLocal312;
    QTest::addRow("with +1") << u"+1312"_s << 30 << FirstLocal312;
    QTest::addRow("spaced") << u"+1 312 555 1007"_s << 1 << FirstLocal312 + 7;
    QTest::addRow("dashed") << u"312-555-1007"_s << 1 << FirstLocal312 + 7;
    QTest::addRow("brackets") << u"(312) 555-1007"_s << 1 << FirstLocal312 + 7;
    QTest::addRow("end digits") << u"1007"_s << 3 << 7;
    QTest::addRow("no match") << u"999"_s << 0 << -1;
    QTest::addRow("local") << u"local"_s << 90 << 0;
    QTest::addRow("Local, any case") << u"LOCAL"_s << 90 << 0;
    QTest::addRow("toll-free") << u"toll-free"_s << 15 << FirstTollFreeA;
    QTest::addRow("toll free") << u"toll free"_s << 15 << FirstTollFreeA;
    QTest::addRow("tollfree") << u"tollfree"_s << 15 << FirstTollFreeA;
    QTest::addRow("toll-free and area code") << u"toll-free 844"_s << 5 << FirstTollFreeB;
    QTest::addRow("local and area code") << u"local 312"_s << 30 << FirstLocal312;
    QTest::addRow("local but toll-free digits") << u"local 833"_s << 0 << -1;
    QTest::addRow("verification name") << u"birch"_s << 5 << FirstTollFreeB;
}

void tst_NumberSelection::filter()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, firstNumber);

    QSignalSpy changed(m_proxy.get(), &NumberSelectionFilterModel::filterChanged);
    QVERIFY(changed.isValid());
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->rowCount(), count);
    if (firstNumber >= 0)
        QCOMPARE(visibleIds().first(), idOf(firstNumber));
    m_proxy->setFilterText(text); // the same text again: no refilter
    QCOMPARE(changed.size(), text.trimmed().isEmpty() ? 0 : 1);
}

void tst_NumberSelection::chosenOnly()
{
    QVERIFY(check(4));
    QVERIFY(check(1));
    m_proxy->setChosenOnly(true);
    QCOMPARE(visibleIds(), (QStringList{idOf(1), idOf(4)}));
    QVERIFY(check(1, false)); // unchecked: leaves the view
    QCOMPARE(visibleIds(), QStringList{idOf(4)});
    m_proxy->setChosenOnly(false);
    QCOMPARE(m_proxy->rowCount(), 105);
}

void tst_NumberSelection::eligibleFirst()
{
    m_model->setChannel(BroadcastChannel::TollFree);
    m_model->setTollFreeVerification(u"tfv_b"_s);
    // The five numbers of tfv_b first, then the rest in the source's order.
    QCOMPARE(visibleIds().mid(0, 6),
             (QStringList{idOf(FirstTollFreeB), idOf(FirstTollFreeB + 1), idOf(FirstTollFreeB + 2),
                          idOf(FirstTollFreeB + 3), idOf(FirstTollFreeB + 4), idOf(0)}));
    m_model->setChannel(BroadcastChannel::TenDlc);
    QCOMPARE(visibleIds().first(), idOf(0));
    QCOMPARE(visibleIds().last(), idOf(FirstTollFreeB + 4));
}

void tst_NumberSelection::selectAllVisible()
{
    m_proxy->setFilterText(u"312"_s); // 30 local
    QString why;
    QVERIFY(m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"Choose the 30 number(s) shown that this project can use"_s);
    QSignalSpy changed(m_model.get(), &NumberSelectionModel::selectionChanged);
    QSignalSpy rows(m_model.get(), &NumberSelectionModel::dataChanged);
    QVERIFY(changed.isValid() && rows.isValid());
    QVERIFY(m_proxy->selectAllVisible());
    QCOMPARE(changed.size(), 1); // one batch
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_model->selectedCount(), 30);
    QCOMPARE(m_model->selectedIds().first(), idOf(FirstLocal312));
    QCOMPARE(m_model->selectedIds().last(), idOf(FirstLocal312 + 29));

    // Only eligible rows are chosen: "1000" shows four numbers, two of them toll-free.
    m_model->clear();
    m_proxy->setFilterText(u"1000"_s);
    QCOMPARE(m_proxy->rowCount(), 4);
    QCOMPARE(m_proxy->visibleChoosableCount(), 2);
    QVERIFY(m_proxy->selectAllVisible());
    QCOMPARE(m_model->selectedIds(), (QStringList{idOf(0), idOf(FirstLocal312)}));
    QVERIFY(!m_proxy->canSelectAllVisible(&why)); // all chosen now
    QCOMPARE(why, u"Every number shown that this project can use is chosen already"_s);
}

void tst_NumberSelection::selectAllVisibleReasons()
{
    QString why;
    m_proxy->setFilterText(u"206"_s); // 60 local
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"60 number(s) match; a project takes at most 49"_s);
    QVERIFY(!m_proxy->selectAllVisible());
    QCOMPARE(m_model->selectedCount(), 0);

    // Exactly 49 together is allowed; 50 is not.
    m_proxy->setFilterText(u"312"_s); // 30
    for (int n = 0; n < 19; ++n)
        QVERIFY(check(n));
    QVERIFY(m_proxy->canSelectAllVisible(&why));
    QVERIFY(check(19));
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"30 more number(s) match, with 20 chosen already; a project takes at most 49"_s);
    QVERIFY(!m_proxy->selectAllVisible());
    QCOMPARE(m_model->selectedCount(), 20);

    m_proxy->setFilterText(u"999"_s);
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"No numbers match the filter"_s);

    m_proxy->setFilterText(u"toll-free"_s); // all ineligible on 10DLC
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"None of the numbers shown can be used by this project"_s);

    NumberSelectionModel empty;
    NumberSelectionFilterModel proxy;
    proxy.setSourceModel(&empty);
    QVERIFY(!proxy.canSelectAllVisible(&why));
    QCOMPARE(why, u"No numbers to choose from"_s);
}

void tst_NumberSelection::chosenList()
{
    QVERIFY(check(FirstLocal312));
    QVERIFY(check(0));
    QCOMPARE(m_chosen->rowCount(), 2);
    QCOMPARE(m_chosen->index(0).data().toString(), u"+1 312 555 1000"_s);
    QCOMPARE(m_chosen->index(1).data(ChosenNumbersModel::IdRole).toString(), idOf(0));
    m_chosen->removeChosen({0});
    QCOMPARE(m_model->selectedIds(), QStringList{idOf(0)});
    QCOMPARE(rowOf(idOf(FirstLocal312)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    m_model->clear();
    QCOMPARE(m_chosen->rowCount(), 0);
}

void tst_NumberSelection::tenThousandNumbers()
{
    const QList<BroadcastNumberRef> numbers = BroadcastNumbers::tenThousand();
    QSignalSpy resets(m_model.get(), &NumberSelectionModel::modelReset);
    QSignalSpy changes(m_model.get(), &NumberSelectionModel::dataChanged);
    QVERIFY(resets.isValid() && changes.isValid());

    // What would show an O(n²) path is the count of signals (one per bulk change, not one per
    // row); the time bound only catches a pathological case and is far above a normal run.
    QElapsedTimer timer;
    timer.start();
    m_model->setSelectedIds({u"pn_x5"_s, u"pn_x9001"_s});
    m_model->setNumbers(numbers);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 10000);
    QCOMPARE(m_model->selectedIds(), QStringList{u"pn_x5"_s}); // the toll-free one dropped on 10DLC
    QCOMPARE(m_proxy->rowCount(), 10000);

    m_proxy->setFilterText(u"+1 (205) 555"_s); // area 205: i % 90 == 4
    QCOMPARE(m_proxy->rowCount(), 100);
    m_proxy->setFilterText(u"toll free"_s);
    QCOMPARE(m_proxy->rowCount(), 1000);
    m_proxy->setFilterText(u"555 0042"_s);
    QCOMPARE(m_proxy->rowCount(), 1);

    changes.clear();
    m_model->setChannel(BroadcastChannel::TollFree);
    m_model->setTollFreeVerification(u"tfv_a"_s);
    QCOMPARE(changes.size(), 2); // one per rule change, over every row
    m_proxy->setFilterText(u"toll free 833"_s);
    QCOMPARE(m_proxy->rowCount(), 500);
    QString why;
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    QCOMPARE(why, u"500 number(s) match; a project takes at most 49"_s);
    m_proxy->setFilterText(u"833 555 90"_s); // 9001, 9003 ... 9099: 50
    QCOMPARE(m_proxy->visibleChoosableCount(), 50);
    QVERIFY(!m_proxy->canSelectAllVisible(&why));
    m_proxy->setFilterText(u"833 555 910"_s); // 9101 ... 9109: 5
    QVERIFY(m_proxy->selectAllVisible());
    QCOMPARE(m_model->selectedIds(), (QStringList{u"pn_x9101"_s, u"pn_x9103"_s, u"pn_x9105"_s,
                                                  u"pn_x9107"_s, u"pn_x9109"_s}));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_NumberSelection)
#include "tst_numberselection.moc"
