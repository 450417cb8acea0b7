/* Socket ioctl request numbers of Linux.  The SIOC*IF* ones (type 0x89)
 * are about network interfaces and work on a socket of any family;
 * SIOCINQ and SIOCOUTQ are the terminal numbers FIONREAD and TIOCOUTQ,
 * answered by each protocol. */
#ifndef _UAPI_LINUX_SOCKIOS_H
#define _UAPI_LINUX_SOCKIOS_H

#define SIOCINQ		0x541B		/* FIONREAD: bytes ready to read */
#define SIOCOUTQ	0x5411		/* TIOCOUTQ: bytes not yet sent/acknowledged */

#define SOCK_IOC_TYPE	0x89		/* _IOC_TYPE of the requests below */

#define SIOCGIFNAME	0x8910		/* index -> name */
#define SIOCGIFCONF	0x8912		/* the list of interface addresses */
#define SIOCGIFFLAGS	0x8913
#define SIOCSIFFLAGS	0x8914
#define SIOCGIFADDR	0x8915
#define SIOCSIFADDR	0x8916
#define SIOCGIFDSTADDR	0x8917
#define SIOCSIFDSTADDR	0x8918
#define SIOCGIFBRDADDR	0x8919
#define SIOCSIFBRDADDR	0x891a
#define SIOCGIFNETMASK	0x891b
#define SIOCSIFNETMASK	0x891c
#define SIOCGIFMETRIC	0x891d
#define SIOCSIFMETRIC	0x891e
#define SIOCGIFMTU	0x8921
#define SIOCSIFMTU	0x8922
#define SIOCGIFHWADDR	0x8927
#define SIOCGIFINDEX	0x8933
#define SIOCGIFTXQLEN	0x8942
#define SIOCGIFMAP	0x8970

#endif
