// What the broadcast form's number picker costs with 10,000 numbers, in the widget as a user
// drives it (offscreen): loading the list, each keystroke of a filter (the view's layout
// included), a channel change (every row's eligibility, the eligible-first order) and
// "select all visible".
//     bench_numberselection
// prints "BENCH <name> <value> <unit>" lines; numberselection_filter_10000_ms is the mean of
// the keystrokes of "+1 206 555" typed and erased again.
#include "broadcast/numberpicker.h"
#include "broadcast/numberselectionmodel.h"
#include "broadcastnumbers.h" // the numbers tst_numberselection checks

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using Validation::BroadcastChannel;
using Validation::BroadcastNumberRef;

namespace {
void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    NumberPicker picker;
    picker.resize(900, 600);
    picker.show();
    QCoreApplication::processEvents();
    const QList<BroadcastNumberRef> numbers = BroadcastNumbers::tenThousand();

    QElapsedTimer timer;
    timer.start();
    picker.model()->setNumbers(numbers);
    QCoreApplication::processEvents();
    report("numberselection_setnumbers_10000_ms", msSince(timer), "ms");

    auto *filter = picker.findChild<QLineEdit *>();
    const QString typed = u"+1 206 555"_s;
    double total = 0;
    double worst = 0;
    int keystrokes = 0;
    const auto keystroke = [&](auto &&press) {
        timer.start();
        press();
        QCoreApplication::processEvents(); // the view's layout and the buttons' state
        const double ms = msSince(timer);
        total += ms;
        worst = std::max(worst, ms);
        ++keystrokes;
    };
    // setText() of one more or one fewer character: what a keystroke does to the filter.
    for (qsizetype i = 1; i <= typed.size(); ++i)
        keystroke([&] { filter->setText(typed.left(i)); });
    if (picker.filterModel()->rowCount() != 100) {
        std::fprintf(stderr, "bench_numberselection: %d rows shown, not 100\n", picker.filterModel()->rowCount());
        return 1;
    }
    for (qsizetype i = typed.size() - 1; i >= 0; --i)
        keystroke([&] { filter->setText(typed.left(i)); });
    report("numberselection_filter_10000_ms", total / keystrokes, "ms");
    report("numberselection_filter_10000_worst_ms", worst, "ms");

    timer.start();
    picker.model()->setChannel(BroadcastChannel::TollFree);
    picker.model()->setTollFreeVerification(u"tfv_a"_s);
    QCoreApplication::processEvents();
    report("numberselection_channel_10000_ms", msSince(timer), "ms");

    filter->setText(u"833 555 910"_s); // 9101 ... 9109: 5 numbers
    QCoreApplication::processEvents();
    timer.start();
    const bool chosen = picker.filterModel()->selectAllVisible();
    QCoreApplication::processEvents();
    report("numberselection_selectall_10000_ms", msSince(timer), "ms");
    if (!chosen || picker.model()->selectedCount() != 5) {
        std::fprintf(stderr, "bench_numberselection: %d numbers chosen, not 5\n", picker.model()->selectedCount());
        return 1;
    }
    return 0;
}
