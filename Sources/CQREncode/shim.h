// libqrencode for Swift: its one header, plus a way to read errno right after a failed call
// without each Swift file importing Glibc or Darwin for it.
#ifndef CQRENCODE_SHIM_H
#define CQRENCODE_SHIM_H

#include <errno.h>
#include <qrencode.h>

/// errno as the last libqrencode call left it: EINVAL, ENOMEM or ERANGE (input too large).
static inline int cqr_errno(void) { return errno; }

/// ERANGE as a value, so Swift does not depend on errno.h's macros being imported.
static inline int cqr_erange(void) { return ERANGE; }

/// EINVAL as a value, for the same reason.
static inline int cqr_einval(void) { return EINVAL; }

/// ENOMEM as a value, for the same reason.
static inline int cqr_enomem(void) { return ENOMEM; }

#endif
