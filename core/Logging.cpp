#include "Logging.h"

Q_LOGGING_CATEGORY(lcFlow, "spdc.flow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "spdc.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "spdc.store", QtWarningMsg)
