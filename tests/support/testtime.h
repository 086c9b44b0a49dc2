#pragma once

#include <QtGlobal>

// Bounds on time in the tests, scaled for slower builds: the sanitizer build runs about three
// times slower, and its CTest entries say so in SWITCHBOARD_TEST_TIME_SCALE (set by the
// CMake preset; tests/CMakeLists.txt). A bound that a normal build must meet is written once,
// as it is for the normal build:
//
//     QVERIFY(clock.elapsed() < TestTime::ms(500));
//     QTRY_VERIFY_WITH_TIMEOUT(done, TestTime::ms(5000));
//
// Header-only, so that every test can use it without linking the test support library.
namespace TestTime {

inline int scale()
{
    static const int factor = [] {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("SWITCHBOARD_TEST_TIME_SCALE", &ok);
        return ok && value > 1 ? value : 1;
    }();
    return factor;
}

inline int ms(int normalMs)
{
    return normalMs * scale();
}

} // namespace TestTime
