// The public portal's progressive enhancement. Pages are complete HTML without it; this small
// script (a second Vite entry, kept free of React and Mantine) only adds live behaviour.
import './portal.css';
