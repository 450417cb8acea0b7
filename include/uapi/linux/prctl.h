/* prctl(2) (172) options this kernel knows. */
#ifndef _UAPI_LINUX_PRCTL_H
#define _UAPI_LINUX_PRCTL_H

#define PR_SET_NAME	15	/* set the process name (task->comm) */
#define PR_GET_NAME	16	/* get it: 16 bytes, NUL-terminated */

#endif
