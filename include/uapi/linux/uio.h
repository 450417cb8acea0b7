/* Scatter/gather buffer descriptor for readv/writev/sendmsg/recvmsg.
 * The kernel copies the array in from user space, then each buffer. */
#ifndef _UAPI_LINUX_UIO_H
#define _UAPI_LINUX_UIO_H

#include "types.h"

struct iovec {
	void           *iov_base;
	__kernel_size_t iov_len;
};

#define UIO_FASTIOV 8      /* small arrays fit on the kernel stack */
#define UIO_MAXIOV  1024   /* more than this is EINVAL */

#endif
