#include "accountclient.h"
