#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

// Runs an asynchronous operation that reports through a callback to its end, in a real event
// loop (QTest::qWaitFor sleeps between polls, which dominates chains of many keychain calls).
template<typename T>
T await(std::function<void(std::function<void(T)>)> start, int timeoutMs = 60000)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        qFatal("asynchronous operation did not finish in time");
    return std::move(*result);
}
