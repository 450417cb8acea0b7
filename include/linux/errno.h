/* include/linux/errno.h — error numbers: the user-visible ones come from the
 * ABI header, exactly as Linux numbers them; kernel functions return them
 * negated (-EFAULT), and the system-call return path hands that to eax. */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <uapi/asm/errno.h>

/* Kernel-internal: a sleep interrupted by a signal.  Never reaches a user:
 * the signal always kills here (no handlers yet), so -EINTR is what a
 * survivor would see. */
#define ERESTARTSYS	512

/* Kernel-internal: "this ioctl is not mine" — a protocol's ioctl says so
 * and the socket layer tries the device layer next (ENOTTY if nobody
 * takes it).  As in Linux. */
#define ENOIOCTLCMD	515

#endif
