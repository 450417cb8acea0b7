/* Unix-domain (AF_UNIX) socket address.  A path, or with sun_path[0] == 0,
 * a name in the abstract namespace. */
#ifndef _UAPI_LINUX_UN_H
#define _UAPI_LINUX_UN_H

#include "socket.h"

#define UNIX_PATH_MAX 108

struct sockaddr_un {
	sa_family_t sun_family;              /* AF_UNIX */
	char        sun_path[UNIX_PATH_MAX];
};

#endif
