#pragma once

#include "validation/broadcastrules.h"

#include <QList>
#include <QString>

// Sending numbers for the number-selection tests and bench, header-only so that a test linking
// only the models can use them; the bench measures the same 10,000 numbers the test checks.
namespace BroadcastNumbers {

using namespace Qt::StringLiterals;

inline QString id(int n)
{
    return u"pn_%1"_s.arg(n, 4, 10, QLatin1Char('0'));
}

// 105 numbers, ids pn_0000... in this order: 60 local in 206 (+1 206 555 1000...), 30 local
// in 312, 10 toll-free in 833 of verification tfv_a, 5 toll-free in 844 of tfv_b.
inline constexpr int FirstLocal312 = 60;
inline constexpr int FirstTollFreeA = 90;
inline constexpr int FirstTollFreeB = 100;

inline QList<Validation::BroadcastNumberRef> demo()
{
    QList<Validation::BroadcastNumberRef> numbers;
    const auto add = [&](const QString &area, int count, bool tollFree, const QString &verification) {
        for (int i = 0; i < count; ++i) {
            numbers.append({id(int(numbers.size())), u"+1"_s + area + u"555"_s + QString::number(1000 + i),
                            tollFree, verification});
        }
    };
    add(u"206"_s, 60, false, {});
    add(u"312"_s, 30, false, {});
    add(u"833"_s, 10, true, u"tfv_a"_s);
    add(u"844"_s, 5, true, u"tfv_b"_s);
    return numbers;
}

// 10,000 numbers pn_x0 ... pn_x9999: 9,000 local over the 90 area codes 201 to 290 (number i
// in area 201 + i % 90), then 1,000 toll-free, odd ones in 833 of tfv_a, even ones in 844 of
// tfv_b; number i ends in the four digits of i (+1 205 555 0004).
inline QList<Validation::BroadcastNumberRef> tenThousand()
{
    QList<Validation::BroadcastNumberRef> numbers;
    numbers.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        const bool tollFree = i >= 9000;
        const int area = tollFree ? (i % 2 ? 833 : 844) : 201 + i % 90;
        numbers.append({u"pn_x%1"_s.arg(i),
                        u"+1"_s + QString::number(area) + u"555"_s + u"%1"_s.arg(i, 4, 10, QLatin1Char('0')),
                        tollFree, tollFree ? (i % 2 ? u"tfv_a"_s : u"tfv_b"_s) : QString()});
    }
    return numbers;
}

} // namespace BroadcastNumbers
