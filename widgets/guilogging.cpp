#include "widgets/guilogging.h"

Q_LOGGING_CATEGORY(lcGui, "dbpulse.gui")
