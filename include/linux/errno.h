/* include/linux/errno.h — error numbers: the user-visible ones come from the
 * ABI header, exactly as Linux numbers them; kernel functions return them
 * negated (-EFAULT), and the system-call return path hands that to eax.
 * Below them, the kernel-internal ones a user never sees (as Linux's). */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <uapi/asm/errno.h>

/* Kernel-internal: a sleep was interrupted by a signal.  These never reach
 * a user: on the way out, do_signal (kernel/signal_32.c) turns them into
 * EINTR or restarts the call, by Linux's rules:
 *   ERESTARTSYS           restart if the handler has SA_RESTART (or there
 *                         is no handler), else EINTR;
 *   ERESTARTNOINTR        always restart;
 *   ERESTARTNOHAND        EINTR if a handler ran, else restart;
 *   ERESTART_RESTARTBLOCK as NOHAND, but restarting calls restart_syscall,
 *                         which resumes from current->restart_block
 *                         (nanosleep continues with the time left). */
#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ERESTART_RESTARTBLOCK	516

/* Kernel-internal: "this ioctl is not mine" — a protocol's ioctl says so
 * and the socket layer tries the device layer next (ENOTTY if nobody
 * takes it).  As in Linux. */
#define ENOIOCTLCMD	515

#endif
