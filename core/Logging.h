#pragma once

#include <QLoggingCategory>

// Categorised logs. Secrets (OTP, token, cookie values, document text) never reach a log line.
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
