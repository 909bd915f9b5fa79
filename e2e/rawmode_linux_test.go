package e2e

import (
	"syscall"
	"unsafe"
)

// readsRawKeys reports whether the terminal on fd is out of line mode
// (ICANON off): the program reads each key as it is pressed.
func readsRawKeys(fd uintptr) (bool, error) {
	var tio syscall.Termios
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCGETS, uintptr(unsafe.Pointer(&tio))); errno != 0 {
		return false, errno
	}
	return tio.Lflag&syscall.ICANON == 0, nil
}
