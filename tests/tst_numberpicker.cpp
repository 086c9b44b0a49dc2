// The broadcast form's number picker driven as a user would, under offscreen: typing a filter
// (Esc clears it), Space to check the current number, "Select all visible" enabled or
// disabled with the reason as its tooltip, a 50th number refused with the message shown in a
// line that does not move the lists, removing from the chosen list (Delete and Remove), the
// numbers a channel change dropped, and the read-only picker.
#include "broadcast/numberpicker.h"
#include "broadcast/numberselectionmodel.h"
#include "support/broadcastnumbers.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Validation::BroadcastChannel;
using Validation::BroadcastNumberRef;

namespace {
QString idOf(int n)
{
    return BroadcastNumbers::id(n);
}
} // namespace

class tst_NumberPicker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingFilters();
    void spaceChecks();
    void selectAllVisible();
    void fiftiethRefused();
    void removeFromChosenList();
    void droppedNumbersAreSaid();
    void droppedMessageGoesWhenItNoLongerHolds();
    void greyedNumbersSayWhy();
    void eligibleFirstEachGroupByNumber();
    void readOnly();

private:
    QPushButton *button(const QString &text) const;
    QListView *list() const { return m_picker->findChild<QListView *>(); }
    QListView *chosenList() const { return m_picker->findChildren<QListView *>().at(1); }
    QLineEdit *filterEdit() const { return m_picker->findChild<QLineEdit *>(); }
    QLabel *labelNamed(const QString &accessibleName) const;
    QLabel *countLabel() const { return labelNamed(u"Chosen count"_s); }
    QLabel *messageLabel() const { return labelNamed(u"Number selection message"_s); }
    void checkWithSpace(int proxyRow);
    void clickCheckBox(int proxyRow);

    std::unique_ptr<NumberPicker> m_picker;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];
};

void tst_NumberPicker::init()
{
    m_picker = std::make_unique<NumberPicker>();
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(m_picker->model(), Mode::QtTest);
    m_testers[1] = std::make_unique<QAbstractItemModelTester>(m_picker->filterModel(), Mode::QtTest);
    m_testers[2] = std::make_unique<QAbstractItemModelTester>(m_picker->chosenModel(), Mode::QtTest);
    m_picker->model()->setNumbers(BroadcastNumbers::demo());
    m_picker->resize(700, 500);
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
}

void tst_NumberPicker::cleanup()
{
    for (auto &tester : m_testers)
        tester.reset();
    m_picker.reset();
}

QPushButton *tst_NumberPicker::button(const QString &text) const
{
    const auto buttons = m_picker->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QLabel *tst_NumberPicker::labelNamed(const QString &accessibleName) const
{
    const auto labels = m_picker->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == accessibleName)
            return label;
    }
    return nullptr;
}

void tst_NumberPicker::checkWithSpace(int proxyRow)
{
    list()->setFocus();
    list()->setCurrentIndex(list()->model()->index(proxyRow, 0));
    QTest::keyClick(list(), Qt::Key_Space);
}

void tst_NumberPicker::typingFilters()
{
    QCOMPARE(filterEdit()->placeholderText(), u"Filter by number, area code or type"_s);
    QCOMPARE(list()->model()->rowCount(), 105);
    QVERIFY(list()->uniformItemSizes());

    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), u"(312) 555-10"_s);
    QCOMPARE(list()->model()->rowCount(), 30);
    QCOMPARE(list()->model()->index(0, 0).data().toString(), u"+1 312 555 1000"_s);
    QTest::keyClicks(filterEdit(), u"07"_s);
    QCOMPARE(list()->model()->rowCount(), 1);

    QTest::keyClick(filterEdit(), Qt::Key_Escape);
    QCOMPARE(filterEdit()->text(), QString());
    QCOMPARE(list()->model()->rowCount(), 105);

    QTest::keyClicks(filterEdit(), u"toll free"_s);
    QCOMPARE(list()->model()->rowCount(), 15);
}

void tst_NumberPicker::spaceChecks()
{
    QSignalSpy changed(m_picker.get(), &NumberPicker::changed);
    QVERIFY(changed.isValid());
    QCOMPARE(countLabel()->text(), u"0 of 49 numbers chosen"_s);

    checkWithSpace(3);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(3)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(list()->currentIndex().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QTRY_COMPARE(countLabel()->text(), u"1 of 49 numbers chosen"_s);
    QCOMPARE(chosenList()->model()->rowCount(), 1);
    QCOMPARE(chosenList()->model()->index(0, 0).data().toString(), u"+1 206 555 1003"_s);

    QTest::keyClick(list(), Qt::Key_Space); // again: unchecked
    QVERIFY(m_picker->model()->selectedIds().isEmpty());
    QTRY_COMPARE(countLabel()->text(), u"0 of 49 numbers chosen"_s);

    // A toll-free number on 10DLC is disabled, the tooltip says why, and neither the keyboard
    // nor a click on its box checks it (a click on an enabled box does).
    const QModelIndex tollFree = list()->model()->index(95, 0);
    QCOMPARE(tollFree.data(Qt::ToolTipRole).toString(),
             u"Toll-free number: a 10DLC project sends from local numbers"_s);
    list()->setCurrentIndex(tollFree);
    QCOMPARE(list()->currentIndex().row(), 3); // the keyboard never lands on it
    clickCheckBox(3);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(3)});
    clickCheckBox(95);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(3)});
}

void tst_NumberPicker::clickCheckBox(int proxyRow)
{
    const QModelIndex index = list()->model()->index(proxyRow, 0);
    list()->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(list());
    option.rect = list()->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    const QRect box = list()->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list());
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, box.center());
}

void tst_NumberPicker::selectAllVisible()
{
    QPushButton *selectAll = button(u"Select all visible"_s);
    QVERIFY(selectAll);
    // 90 local numbers match with no filter.
    QTRY_VERIFY(!selectAll->isEnabled());
    QCOMPARE(selectAll->toolTip(), u"90 number(s) match; a project takes at most 49"_s);

    QTest::keyClicks(filterEdit(), u"312"_s);
    QTRY_VERIFY(selectAll->isEnabled());
    QCOMPARE(selectAll->toolTip(), u"Choose the 30 number(s) shown that this project can use"_s);
    QTest::mouseClick(selectAll, Qt::LeftButton);
    QCOMPARE(m_picker->model()->selectedCount(), 30);
    QTRY_COMPARE(countLabel()->text(), u"30 of 49 numbers chosen"_s);
    QCOMPARE(chosenList()->model()->rowCount(), 30);
    QTRY_VERIFY(!selectAll->isEnabled());
    QCOMPARE(selectAll->toolTip(), u"Every number shown that this project can use is chosen already"_s);

    // 30 chosen and 60 more in 206: over the limit, and the tooltip says so.
    filterEdit()->clear();
    QTest::keyClicks(filterEdit(), u"206"_s);
    QTRY_COMPARE(selectAll->toolTip(), u"60 more number(s) match, with 30 chosen already; a project takes at most 49"_s);
    QVERIFY(!selectAll->isEnabled());

    QPushButton *clear = button(u"Clear"_s);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_picker->model()->selectedCount(), 0);
    QTRY_VERIFY(!clear->isEnabled());
    QCOMPARE(clear->toolTip(), u"No numbers chosen"_s);
}

void tst_NumberPicker::fiftiethRefused()
{
    QStringList ids;
    for (int n = 0; n < 49; ++n)
        ids << idOf(n);
    m_picker->model()->setSelectedIds(ids);
    QTRY_COMPARE(countLabel()->text(), u"49 of 49 numbers chosen"_s);
    QCOMPARE(m_picker->message(), QString());
    const QRect listBefore = list()->geometry();
    const QRect chosenBefore = chosenList()->geometry();

    checkWithSpace(49); // the 50th
    QCOMPARE(m_picker->model()->selectedCount(), 49);
    QCOMPARE(list()->currentIndex().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(messageLabel()->text(), u"A project sends from at most 49 numbers: remove one before choosing another."_s);
    QVERIFY(messageLabel()->isVisible());
    // The message line had its space already: the lists did not move.
    QCoreApplication::processEvents();
    QCOMPARE(list()->geometry(), listBefore);
    QCOMPARE(chosenList()->geometry(), chosenBefore);

    // Letting go of one answers the message; the 50th can then be chosen.
    checkWithSpace(0);
    QCOMPARE(m_picker->message(), QString());
    checkWithSpace(49);
    QCOMPARE(m_picker->model()->selectedCount(), 49);
    QVERIFY(m_picker->model()->selectedIds().contains(idOf(49)));
}

void tst_NumberPicker::removeFromChosenList()
{
    m_picker->model()->setSelectedIds({idOf(1), idOf(2), idOf(3), u"pn_gone"_s});
    QTRY_COMPARE(countLabel()->text(), u"4 of 49 numbers chosen, 1 not found"_s);
    QPushButton *remove = button(u"Remove"_s);
    QTRY_VERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), u"Select a chosen number to remove it"_s);

    chosenList()->setFocus();
    chosenList()->setCurrentIndex(chosenList()->model()->index(1, 0));
    QTRY_VERIFY(remove->isEnabled());
    QTest::keyClick(chosenList(), Qt::Key_Delete);
    QCOMPARE(m_picker->model()->selectedIds(), (QStringList{idOf(1), idOf(3), u"pn_gone"_s}));
    QCOMPARE(list()->model()->index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    // The keyboard stays in place: Delete again removes the next one.
    QCOMPARE(chosenList()->currentIndex().row(), 1);
    QTest::keyClick(chosenList(), Qt::Key_Delete);
    QCOMPARE(m_picker->model()->selectedIds(), (QStringList{idOf(1), u"pn_gone"_s}));

    // The unknown id is shown as such and can be removed with the button.
    chosenList()->setCurrentIndex(chosenList()->model()->index(1, 0));
    QCOMPARE(chosenList()->currentIndex().data().toString(), u"pn_gone (not found)"_s);
    QTRY_VERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(1)});
    QTRY_COMPARE(countLabel()->text(), u"1 of 49 numbers chosen"_s);
}

void tst_NumberPicker::droppedNumbersAreSaid()
{
    QSignalSpy changed(m_picker.get(), &NumberPicker::changed);
    QVERIFY(changed.isValid());
    m_picker->model()->setSelectedIds({idOf(4), idOf(70)});
    m_picker->model()->setChannel(BroadcastChannel::TollFree);
    QCOMPARE(m_picker->message(), u"Dropped 2 number(s): +1 206 555 1004 (local, not allowed on toll-free), "
                                  "+1 312 555 1010 (local, not allowed on toll-free)"_s);
    QCOMPARE(changed.size(), 2);
    QTRY_COMPARE(countLabel()->text(), u"0 of 49 numbers chosen"_s);
    // No number is eligible until a verification is chosen; then its numbers come first.
    QCOMPARE(list()->model()->index(0, 0).data(NumberSelectionModel::EligibleRole).toBool(), false);
    m_picker->model()->setTollFreeVerification(u"tfv_a"_s);
    QCOMPARE(list()->model()->index(0, 0).data().toString(), u"+1 833 555 1000"_s);
    QCOMPARE(list()->model()->index(0, 0).data(NumberSelectionModel::EligibleRole).toBool(), true);
    QCOMPARE(m_picker->message(), u"Dropped 2 number(s): +1 206 555 1004 (local, not allowed on toll-free), "
                                  "+1 312 555 1010 (local, not allowed on toll-free)"_s); // kept until the next choice
    checkWithSpace(0);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(90)});
    QCOMPARE(m_picker->message(), QString());
}

void tst_NumberPicker::droppedMessageGoesWhenItNoLongerHolds()
{
    NumberSelectionModel *model = m_picker->model();
    model->setChannel(BroadcastChannel::TollFree);
    model->setTollFreeVerification(u"tfv_a"_s);
    model->setSelectedIds({BroadcastNumbers::id(BroadcastNumbers::FirstTollFreeA),
                           BroadcastNumbers::id(BroadcastNumbers::FirstTollFreeA + 1)});
    model->setChannel(BroadcastChannel::TenDlc);
    QVERIFY2(m_picker->message().contains(u"toll-free, not allowed on 10DLC"_s), qPrintable(m_picker->message()));
    QCOMPARE(messageLabel()->text(), m_picker->message());
    // Back on toll-free those numbers could be chosen again: the message no longer holds.
    model->setChannel(BroadcastChannel::TollFree);
    QCOMPARE(m_picker->message(), QString());
    QVERIFY2(!messageLabel()->text().contains(u"Dropped"_s), qPrintable(messageLabel()->text()));
    QCOMPARE(messageLabel()->text(), model->rulesNote()); // the line says why others are grey
}

void tst_NumberPicker::greyedNumbersSayWhy()
{
    NumberSelectionModel *model = m_picker->model();
    model->setVerificationNames({{u"tfv_a"_s, u"Acme Dental – reminders"_s}});
    // Said in the line and in the list's accessible description, not only on hover.
    const auto says = [this](const QString &part) {
        return messageLabel()->text().contains(part)
               && list()->accessibleDescription().contains(part);
    };
    QTRY_VERIFY2(says(u"Toll-free numbers are greyed out: a 10DLC project sends from local numbers"_s),
                 qPrintable(messageLabel()->text()));
    model->setChannel(BroadcastChannel::TollFree);
    QVERIFY2(says(u"Choose a toll-free verification first"_s), qPrintable(messageLabel()->text()));
    model->setTollFreeVerification(u"tfv_a"_s);
    QVERIFY2(says(u"Only the numbers of the toll-free verification “Acme Dental – reminders” can be chosen"_s),
             qPrintable(messageLabel()->text()));
    QVERIFY(list()->accessibleDescription().startsWith(u"Check the numbers"_s));

    // A message of the moment takes the line; the note comes back when it is answered.
    QStringList ids;
    for (int n = BroadcastNumbers::FirstTollFreeA; n < BroadcastNumbers::FirstTollFreeB; ++n)
        ids << idOf(n);
    model->setSelectedIds(ids);
    m_picker->showMessage(u"The server says +1 833 555 1000 is busy."_s);
    QCOMPARE(messageLabel()->text(), u"The server says +1 833 555 1000 is busy."_s);
    QVERIFY(list()->accessibleDescription().contains(u"Only the numbers of the toll-free verification"_s));
    model->setChosen(idOf(BroadcastNumbers::FirstTollFreeA), false);
    QVERIFY(says(u"Only the numbers of the toll-free verification"_s));

    // Nothing greyed out, nothing to say.
    auto local = BroadcastNumbers::demo().mid(0, BroadcastNumbers::FirstTollFreeA);
    model->setChannel(BroadcastChannel::TenDlc);
    model->setNumbers(local);
    QTRY_COMPARE(messageLabel()->text(), QString());
    QVERIFY(!list()->accessibleDescription().contains(u"grey"_s));
}

void tst_NumberPicker::eligibleFirstEachGroupByNumber()
{
    // The server's order is not the user's: reversed here, and mixed.
    QList<BroadcastNumberRef> numbers = BroadcastNumbers::demo();
    std::reverse(numbers.begin(), numbers.end());
    std::swap(numbers[3], numbers[70]);
    NumberSelectionModel *model = m_picker->model();
    model->setNumbers(numbers);
    model->setChannel(BroadcastChannel::TollFree);
    model->setTollFreeVerification(u"tfv_b"_s);
    const QAbstractItemModel *shown = list()->model();
    QCOMPARE(shown->rowCount(), 105);
    QStringList eligible, greyed;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        const QString number = index.data(NumberSelectionModel::PhoneNumberRole).toString();
        if (index.data(NumberSelectionModel::EligibleRole).toBool()) {
            QVERIFY2(greyed.isEmpty(), "an eligible number after a greyed-out one");
            eligible << number;
        } else {
            greyed << number;
        }
    }
    QCOMPARE(eligible.size(), 5);
    QCOMPARE(eligible.constFirst(), u"+18445551000"_s);
    QStringList sorted = eligible;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(eligible, sorted);
    sorted = greyed;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(greyed, sorted);
    QCOMPARE(greyed.constFirst(), u"+12065551000"_s);
}

void tst_NumberPicker::readOnly()
{
    m_picker->model()->setSelectedIds({idOf(1)});
    m_picker->setReadOnly(true);
    QVERIFY(m_picker->isReadOnly());
    QTest::keyClicks(filterEdit(), u"312"_s); // filtering still works
    QCOMPARE(list()->model()->rowCount(), 30);
    QPushButton *selectAll = button(u"Select all visible"_s);
    QTRY_COMPARE(selectAll->toolTip(), u"The numbers cannot be changed here"_s);
    QVERIFY(!selectAll->isEnabled());
    QVERIFY(!button(u"Clear"_s)->isEnabled());
    checkWithSpace(0);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(1)});
    chosenList()->setCurrentIndex(chosenList()->model()->index(0, 0));
    QTest::keyClick(chosenList(), Qt::Key_Delete);
    QCOMPARE(m_picker->model()->selectedIds(), QStringList{idOf(1)});
    QTRY_VERIFY(!button(u"Remove"_s)->isEnabled());
}

QTEST_MAIN(tst_NumberPicker)
#include "tst_numberpicker.moc"
